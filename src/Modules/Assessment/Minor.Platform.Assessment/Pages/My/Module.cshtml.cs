using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Minor.Platform.Assessment.Features.Progress;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.SharedKernel;

namespace Minor.Platform.Assessment.Pages.My;

/// <summary>The student's module page: the result, progress per learning outcome, and every assessment with its feedback.</summary>
[Authorize(Roles = Roles.Student)]
public sealed class ModuleModel(StudentProgress progress) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public string ModuleCode { get; set; } = "";

    public ModuleProgress Progress { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            Progress = await progress.GetAsync(ModuleCode, cancellationToken);
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
