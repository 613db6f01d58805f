using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.SharedKernel.Pages;
using Minor.Platform.Tracks.Contracts;
using Minor.Platform.Tracks.Features.Cohorts;

namespace Minor.Platform.Tracks.Pages.Cohorts;

/// <summary>One cohort: change its name, period and capacity, close or open enrolment, archive it when it is over.</summary>
[Authorize(Roles = Roles.Coordinator)]
public sealed class CohortModel(ITracksQueries tracks, ChangeCohortHandler change, ArchiveCohortHandler archive) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public Guid CohortId { get; set; }

    [BindProperty]
    public CohortForm Input { get; set; } = new();

    public CohortDto Cohort { get; private set; } = null!;

    public int Enrolled { get; private set; }

    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        ShowStored();
        Notice = Request.Query.ContainsKey("nieuw") ? "Cohorts:Created" : Request.Query.ContainsKey("opgeslagen") ? "Cohorts:Saved" : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var input = Input.ToInput() with { CurriculumVersion = null };
        if (await RunAsync(() => change.HandleAsync(CohortId, input, cancellationToken)))
        {
            return Redirect($"/cohorten/{CohortId}?opgeslagen=1");
        }

        return Page();
    }

    public async Task<IActionResult> OnPostArchiveAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (await RunAsync(() => archive.HandleAsync(CohortId, cancellationToken), "archive"))
        {
            return Redirect($"/cohorten/{CohortId}?opgeslagen=1");
        }

        ShowStored();
        return Page();
    }

    private void ShowStored() => Input = new CohortForm
    {
        Name = Cohort.Name, StartsOn = Cohort.StartsOn, EndsOn = Cohort.EndsOn, Capacity = Cohort.Capacity, EnrolmentOpen = Cohort.EnrolmentOpen,
    };

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var cohort = await tracks.GetCohortAsync(CohortId, cancellationToken);
        if (cohort is null)
        {
            return false;
        }

        Cohort = cohort;
        Enrolled = await tracks.CountEnrolmentsAsync(CohortId, cancellationToken);
        return true;
    }
}
