using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Minor.Platform.Assessment.Features.HandIns;
using Minor.Platform.Assessment.Features.Progress;
using Minor.Platform.Assessment.Localization;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Files;
using Minor.Platform.SharedKernel.Pages;

namespace Minor.Platform.Assessment.Pages.My;

/// <summary>
/// The student's module page: the result, progress per learning outcome, every assessment with its feedback, and
/// handing in work with a receipt (SHA-256) per file.
/// </summary>
[Authorize(Roles = Roles.Student)]
[RequestSizeLimit(HandIns.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = HandIns.MaxRequestBytes)]
public sealed class ModuleModel(StudentProgress progress, HandIns handIns, IStringLocalizer<AssessmentResource> localizer) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public string ModuleCode { get; set; } = "";

    public ModuleProgress Progress { get; private set; } = null!;

    public IReadOnlyDictionary<Guid, IReadOnlyList<HandInView>> HandInsByAssessment { get; private set; } = new Dictionary<Guid, IReadOnlyList<HandInView>>();

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostHandInAsync(Guid assessmentId, List<IFormFile> files, CancellationToken cancellationToken)
    {
        HandInView? handIn = null;
        var uploaded = FileUploads.From(files);
        if (await RunAsync(async () => handIn = await handIns.SubmitAsync(assessmentId, uploaded, cancellationToken), assessmentId.ToString()))
        {
            Message = localizer[handIn!.Late ? "HandIn:SavedLate" : "HandIn:Saved", handIn.Files.Count];
            return RedirectToPage(new { moduleCode = ModuleCode });
        }

        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Progress = await progress.GetAsync(ModuleCode, cancellationToken);
        }
        catch (NotFoundException)
        {
            return false;
        }

        HandInsByAssessment = await handIns.ListMineAsync(Progress.Assessments.Select(a => a.Id).ToList(), cancellationToken);
        return true;
    }
}
