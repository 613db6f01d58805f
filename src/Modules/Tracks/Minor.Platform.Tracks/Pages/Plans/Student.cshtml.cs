using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Pages;
using Minor.Platform.Tracks.Contracts;
using Minor.Platform.Tracks.Features.StudyPlans;
using Minor.Platform.Tracks.Localization;

namespace Minor.Platform.Tracks.Pages.Plans;

/// <summary>A student's study plan for the coordinator (who changes it until the cohort starts and records bridging units) and the examencommissie.</summary>
[Authorize(Roles = $"{Roles.Coordinator},{Roles.ExamBoard}")]
public sealed class StudentModel(StudyPlans plans, ITracksQueries tracks, IIdentityQueries identity, IStringLocalizer<TracksResource> localizer) : FormPage
{
    public StudyPlanView Plan { get; private set; } = null!;

    public TrackDto? Track { get; private set; }

    public string StudentName { get; private set; } = "";

    public bool CanEdit => User.IsInRole(Roles.Coordinator);

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid studentId, CancellationToken cancellationToken) =>
        await LoadAsync(studentId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostChangeAsync(Guid studentId, List<PlanChange>? items, CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        if (await RunAsync(() => plans.ChangeAsync(studentId, items ?? [], cancellationToken), "plan"))
        {
            Message = localizer["StudentPlan:Saved"];
            return RedirectToPage(new { studentId });
        }

        return await LoadAsync(studentId, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostPassAsync(Guid studentId, string code, CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        if (await RunAsync(() => plans.PassBridgingUnitAsync(studentId, code, cancellationToken), code))
        {
            Message = localizer["StudentPlan:Passed", code];
            return RedirectToPage(new { studentId });
        }

        return await LoadAsync(studentId, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid studentId, CancellationToken cancellationToken)
    {
        try
        {
            Plan = await plans.GetAsync(studentId, cancellationToken);
        }
        catch (NotFoundException)
        {
            return false;
        }

        Track = await tracks.FindTrackAsync(Plan.TrackCode, cancellationToken);
        StudentName = (await identity.GetPeopleAsync([studentId], cancellationToken)).GetValueOrDefault(studentId)?.FullName ?? "";
        return true;
    }
}
