using Microsoft.AspNetCore.Authorization;
using Minor.Platform.Assessment.Features.Grading;
using Minor.Platform.Assessment.Features.Plans;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.Tracks.Contracts;
using Minor.Platform.SharedKernel.Pages;

namespace Minor.Platform.Assessment.Pages.Assessment;

/// <summary>
/// The assessment overview: each module's toetsplan in a cohort and, for examiners, the grading queue. Coordinators
/// and the examencommissie read it (and the plans and gradebook it links to); only lecturers change plans.
/// </summary>
[Authorize(Roles = Roles.Lecturer + "," + Roles.Examiner + "," + Roles.Coordinator + "," + Roles.ExamBoard)]
public sealed class IndexModel(ITracksQueries tracks, AssessmentPlans plans, GradingQueries grading) : FormPage
{
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public Guid? CohortId { get; set; }

    public IReadOnlyList<CohortDto> Cohorts { get; private set; } = [];

    public CohortDto? Cohort { get; private set; }

    public IReadOnlyList<PlanSummary> Plans { get; private set; } = [];

    public IReadOnlyList<QueueItem> Queue { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Cohorts = await tracks.ListCohortsAsync(cancellationToken);
        Cohort = Cohorts.FirstOrDefault(c => c.Id == CohortId) ?? Cohorts.FirstOrDefault();
        if (Cohort is not null)
        {
            Plans = await plans.ListAsync(Cohort.Id, cancellationToken);
        }

        if (User.IsInRole(Roles.Examiner))
        {
            Queue = (await grading.QueueAsync(cancellationToken)).Where(q => Cohort is null || q.CohortId == Cohort.Id).ToList();
        }
    }
}
