using Microsoft.EntityFrameworkCore;
using Minor.Platform.Assessment.Contracts;
using Minor.Platform.Curriculum.Contracts;
using Minor.Platform.SharedKernel;
using Minor.Platform.Tracks.Data;

namespace Minor.Platform.Tracks.Features.Cohorts;

public sealed record CurriculumMoveRequest(int Version);

/// <summary>What a module's change means for the cohort's assessment plan of it.</summary>
public sealed record PlanImpact(string ModuleCode, string Impact, IReadOnlyList<string> LearningOutcomes)
{
    /// <summary>The module is gone from the new version; its plan no longer belongs to the curriculum.</summary>
    public const string ModuleRemoved = "module-removed";

    /// <summary>Learning outcomes the plan assesses are gone; the plan must be changed before it can be published again.</summary>
    public const string OutcomesRemoved = "outcomes-removed";

    /// <summary>The module changed (EC, wording, new outcomes); the plan should be checked.</summary>
    public const string Review = "review";
}

/// <summary>A cohort's move from one curriculum version to another: what changes, and for which assessment plans.</summary>
public sealed record CurriculumMoveView(Guid CohortId, int From, int To, bool Moved, IReadOnlyList<ModuleChangeDto> Modules, IReadOnlyList<PlanImpact> AssessmentPlans);

/// <summary>
/// A cohort keeps the curriculum version it started with; a coordinator may move it to another published version,
/// after seeing what changes for its modules and assessment plans.
/// </summary>
public sealed class CohortCurriculum(TracksDbContext db, ICurriculumQueries curriculum, IAssessmentQueries assessment)
{
    public async Task<CurriculumMoveView> PreviewAsync(Guid cohortId, int to, CancellationToken cancellationToken)
    {
        var cohort = await db.Cohorts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == cohortId, cancellationToken) ?? throw new NotFoundException("cohort");
        return await ChangesAsync(cohortId, cohort.CurriculumVersion, to, moved: false, cancellationToken);
    }

    public async Task<CurriculumMoveView> MoveAsync(Guid cohortId, int to, CancellationToken cancellationToken)
    {
        var cohort = await db.Cohorts.FirstOrDefaultAsync(c => c.Id == cohortId, cancellationToken) ?? throw new NotFoundException("cohort");
        var view = await ChangesAsync(cohortId, cohort.CurriculumVersion, to, moved: true, cancellationToken);
        cohort.MoveToCurriculum(to);
        await db.SaveChangesAsync(cancellationToken);
        return view;
    }

    private async Task<CurriculumMoveView> ChangesAsync(Guid cohortId, int from, int to, bool moved, CancellationToken cancellationToken)
    {
        var target = (await curriculum.ListVersionsAsync(cancellationToken)).FirstOrDefault(v => v.Version == to);
        if (target?.Status != CurriculumVersionDto.Published)
        {
            throw new BusinessRuleException("Tracks:VersionNotPublished", data: new Dictionary<string, object?> { ["version"] = to }) { MessageArguments = [to] };
        }

        if (to == from)
        {
            throw new BusinessRuleException("Tracks:SameCurriculumVersion") { MessageArguments = [to] };
        }

        var diff = await curriculum.DiffAsync(from, to, cancellationToken);
        var changes = diff.Modules.ToDictionary(m => m.Code, StringComparer.Ordinal);
        var impacts = new List<PlanImpact>();
        foreach (var plan in await assessment.ListPlansAsync(cohortId, cancellationToken))
        {
            if (!changes.TryGetValue(plan.ModuleCode, out var change))
            {
                continue;
            }

            var lost = plan.LearningOutcomeCodes.Intersect(change.OutcomesRemoved, StringComparer.Ordinal).ToList();
            impacts.Add(change.Change == ModuleChangeDto.Removed ? new PlanImpact(plan.ModuleCode, PlanImpact.ModuleRemoved, plan.LearningOutcomeCodes)
                : lost.Count > 0 ? new PlanImpact(plan.ModuleCode, PlanImpact.OutcomesRemoved, lost)
                : new PlanImpact(plan.ModuleCode, PlanImpact.Review, change.OutcomesAdded.Concat(change.OutcomesReworded).ToList()));
        }

        return new CurriculumMoveView(cohortId, from, to, moved, diff.Modules, impacts);
    }
}
