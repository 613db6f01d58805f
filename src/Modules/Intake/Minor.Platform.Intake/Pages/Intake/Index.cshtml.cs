using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.Intake.Contracts;
using Minor.Platform.Intake.Features.Applications;
using Minor.Platform.Intake.Localization;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Localization;
using Minor.Platform.Tracks.Contracts;

namespace Minor.Platform.Intake.Pages.Intake;

[Authorize(Roles = Roles.Coordinator)]
public sealed class IndexModel(
    IIntakeQueries intake,
    ITracksQueries tracks,
    AdmitApplicantHandler admit,
    MoveApplicationHandler move,
    ErrorMessages errors,
    IStringLocalizer<IntakeResource> localizer) : PageModel
{
    public IReadOnlyList<ApplicationSummaryDto> Applications { get; private set; } = [];

    public IReadOnlyList<CohortDto> Cohorts { get; private set; } = [];

    /// <summary>The cohort an admission proposes: the first open one that starts in the year applied for.</summary>
    public Guid? ProposedCohort(ApplicationSummaryDto application) =>
        (Cohorts.FirstOrDefault(c => c.StartsOn.Year == application.Period) ?? Cohorts.FirstOrDefault())?.Id;

    public IReadOnlyList<TrackDto> Tracks { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; private set; }

    /// <summary>The application whose form failed, to show the error there.</summary>
    public Guid? FailedFor { get; private set; }

    public static IReadOnlyList<string> TargetsOf(string status) =>
        Enum.TryParse<Domain.ApplicationStatus>(status, out var from) ? Domain.IntakePipeline.Targets(from).Select(t => t.ToString()).ToList() : [];

    public async Task<IActionResult> OnPostMoveAsync(
        Guid applicationId, string? status, string? note, string? reason, DateTime? plannedFor, CancellationToken cancellationToken)
    {
        try
        {
            var planned = plannedFor is { } local ? DutchTime.FromLocal(local) : (DateTimeOffset?)null;
            var step = await move.HandleAsync(new MoveApplication(applicationId, status, note, reason, planned), cancellationToken);
            var moved = (await intake.ListApplicationsAsync(cancellationToken)).First(a => a.Id == applicationId);
            Message = localizer["Applications:Moved", $"{moved.FirstName} {moved.LastName}", localizer["Status:" + step.To]];
            return RedirectToPage();
        }
        catch (InputValidationException ex)
        {
            Error = string.Join(" ", ex.Errors.Values.SelectMany(v => v));
        }
        catch (BusinessRuleException ex)
        {
            Error = errors.For(ex.Code, ex.MessageArguments);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        FailedFor = applicationId;
        await LoadAsync(cancellationToken);
        return Page();
    }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAdmitAsync(Guid applicationId, string? trackCode, Guid cohortId, CancellationToken cancellationToken)
    {
        try
        {
            await admit.HandleAsync(new AdmitApplicant(applicationId, trackCode, cohortId), cancellationToken);
            var admitted = (await intake.ListApplicationsAsync(cancellationToken)).First(a => a.Id == applicationId);
            Message = localizer["Applications:Admitted", $"{admitted.FirstName} {admitted.LastName}"];
            return RedirectToPage();
        }
        catch (BusinessRuleException ex)
        {
            Error = errors.For(ex.Code);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Applications = await intake.ListApplicationsAsync(cancellationToken);
        // Only cohorts that take students are offered for admission.
        Cohorts = (await tracks.ListCohortsAsync(cancellationToken)).Where(c => c.Admits).ToList();
        Tracks = await tracks.ListTracksAsync(cancellationToken);
    }
}
