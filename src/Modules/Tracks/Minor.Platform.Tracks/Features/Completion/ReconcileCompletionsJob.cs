using Hangfire;
using Microsoft.EntityFrameworkCore;
using Minor.Platform.Assessment.Contracts;
using Minor.Platform.Tracks.Data;

namespace Minor.Platform.Tracks.Features.Completion;

/// <summary>
/// The safety net under <see cref="CompleteMinor"/>: a passing result whose event was lost (the process died after the
/// grades were committed) still completes the minor. Checks every student with a passing result and no completion in
/// that cohort; the check records a completion once. Recurring; safe to run at any time, twice.
/// </summary>
public sealed class ReconcileCompletionsJob(TracksDbContext db, IAssessmentQueries assessment, MinorCompletionCheck completion)
{
    public const string RecurringId = "tracks-reconcile-completions";

    [DisableConcurrentExecution(timeoutInSeconds: 120)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var completed = (await db.MinorCompletions.IgnoreQueryFilters().AsNoTracking().Select(c => new { c.CohortId, c.StudentId }).ToListAsync(cancellationToken))
            .Select(c => (c.CohortId, c.StudentId)).ToHashSet();
        var candidates = (await assessment.ListPassedResultsForProcessingAsync(cancellationToken))
            .Select(r => (r.InstitutionId, r.CohortId, r.StudentId)).Distinct()
            .Where(c => !completed.Contains((c.CohortId, c.StudentId))).ToList();
        var before = completed.Count;
        foreach (var (institutionId, cohortId, studentId) in candidates)
        {
            await completion.CheckAsync(institutionId, cohortId, studentId, cancellationToken);
            db.ChangeTracker.Clear();
        }

        return await db.MinorCompletions.IgnoreQueryFilters().CountAsync(cancellationToken) - before;
    }
}
