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
    ErrorMessages errors,
    IStringLocalizer<IntakeResource> localizer) : PageModel
{
    public IReadOnlyList<ApplicationSummaryDto> Applications { get; private set; } = [];

    public IReadOnlyList<CohortDto> Cohorts { get; private set; } = [];

    public IReadOnlyList<TrackDto> Tracks { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; private set; }

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
        Cohorts = await tracks.ListCohortsAsync(cancellationToken);
        Tracks = await tracks.ListTracksAsync(cancellationToken);
    }
}
