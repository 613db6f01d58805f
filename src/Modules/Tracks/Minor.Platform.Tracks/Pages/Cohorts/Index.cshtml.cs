using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Minor.Platform.Curriculum.Contracts;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.SharedKernel.Pages;
using Minor.Platform.Tracks.Contracts;
using Minor.Platform.Tracks.Features.Cohorts;

namespace Minor.Platform.Tracks.Pages.Cohorts;

/// <summary>The coordinator's cohorts: how full each is, whether it takes students, and the form to open the next one.</summary>
[Authorize(Roles = Roles.Coordinator)]
public sealed class IndexModel(ITracksQueries tracks, ICurriculumQueries curriculum, CreateCohortHandler create) : FormPage
{
    [BindProperty]
    public CohortForm Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "archief")]
    public bool ShowArchived { get; set; }

    public IReadOnlyList<CohortDto> Cohorts { get; private set; } = [];

    public IReadOnlyDictionary<Guid, int> Enrolled { get; private set; } = new Dictionary<Guid, int>();

    public IReadOnlyList<int> PublishedVersions { get; private set; } = [];

    public int ArchivedCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input = new CohortForm { CurriculumVersion = PublishedVersions.Count == 0 ? null : PublishedVersions.Max(), EnrolmentOpen = true };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        CohortDto? created = null;
        if (await RunAsync(async () => created = await create.HandleAsync(Input.ToInput(), cancellationToken)))
        {
            return Redirect($"/cohorten/{created!.Id}?nieuw=1");
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var all = await tracks.ListCohortsAsync(cancellationToken);
        ArchivedCount = all.Count(c => c.Archived);
        Cohorts = all.Where(c => ShowArchived || !c.Archived).ToList();
        Enrolled = await tracks.CountEnrolmentsPerCohortAsync(cancellationToken);
        PublishedVersions = (await curriculum.ListVersionsAsync(cancellationToken))
            .Where(v => v.Status == CurriculumVersionDto.Published).Select(v => v.Version).OrderDescending().ToList();
    }
}
