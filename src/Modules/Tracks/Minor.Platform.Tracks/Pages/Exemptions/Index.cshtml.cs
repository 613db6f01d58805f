using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Minor.Platform.Curriculum.Contracts;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.SharedKernel.Pages;
using Minor.Platform.Tracks.Features.Exemptions;
using Minor.Platform.Tracks.Localization;

namespace Minor.Platform.Tracks.Pages.Exemptions;

/// <summary>The examencommissie's EVC desk: open requests with their evidence, a decision per request, and what was decided.</summary>
[Authorize(Roles = Roles.ExamBoard)]
public sealed class IndexModel(ExemptionRequests requests, ICurriculumQueries curriculum, IStringLocalizer<TracksResource> localizer) : FormPage
{
    public IReadOnlyList<ExemptionRequestView> Requests { get; private set; } = [];

    public IReadOnlyDictionary<string, CourseDto> Courses { get; private set; } = new Dictionary<string, CourseDto>();

    [TempData]
    public string? Message { get; set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostDecideAsync(
        Guid requestId, string? decision, string? reason, List<string>? learningOutcomeCodes, CancellationToken cancellationToken)
    {
        ExemptionView? decided = null;
        if (await RunAsync(async () => decided = await requests.DecideAsync(requestId, decision, reason, learningOutcomeCodes, cancellationToken), requestId.ToString()))
        {
            Message = localizer["Decide:Done", decided!.ModuleCode, localizer["Request:Status:" + decided.Decision]];
            return RedirectToPage();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Requests = await requests.ListAsync(openOnly: false, cancellationToken);
        Courses = (await curriculum.ListCoursesAsync(cancellationToken)).ToDictionary(c => c.Code);
    }
}
