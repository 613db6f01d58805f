using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Minor.Platform.Curriculum.Contracts;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.SharedKernel.Pages;
using Minor.Platform.Tracks.Contracts;
using Minor.Platform.Tracks.Features.Cohorts;

namespace Minor.Platform.Tracks.Pages.Cohorts;

/// <summary>The coordinator sees which curriculum version a cohort follows and moves it, after seeing what changes.</summary>
[Authorize(Roles = Roles.Coordinator)]
public sealed class CurriculumModel(CohortCurriculum cohortCurriculum, ITracksQueries tracks, ICurriculumQueries curriculum) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public Guid CohortId { get; set; }

    [BindProperty(SupportsGet = true, Name = "naar")]
    public int? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "verplaatst")]
    public bool Moved { get; set; }

    public CohortDto Cohort { get; private set; } = null!;

    /// <summary>Published versions the cohort could move to.</summary>
    public IReadOnlyList<CurriculumVersionDto> Targets { get; private set; } = [];

    public CurriculumMoveView? Preview { get; private set; }

    public CurriculumDiffView? Changes { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (To is { } to && await RunAsync(async () => Preview = await cohortCurriculum.PreviewAsync(CohortId, to, cancellationToken)))
        {
            Changes = await curriculum.DescribeChangesAsync(Preview!.From, to, cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int version, CancellationToken cancellationToken)
    {
        if (await RunAsync(() => cohortCurriculum.MoveAsync(CohortId, version, cancellationToken)))
        {
            return Redirect($"/cohorten/{CohortId}/curriculum?verplaatst=true");
        }

        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await tracks.GetCohortAsync(CohortId, cancellationToken) is not { } cohort)
        {
            return false;
        }

        Cohort = cohort;
        Targets = (await curriculum.ListVersionsAsync(cancellationToken))
            .Where(v => v.Status == CurriculumVersionDto.Published && v.Version != cohort.CurriculumVersion).ToList();
        return true;
    }
}
