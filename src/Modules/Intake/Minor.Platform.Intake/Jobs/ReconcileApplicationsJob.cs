using Hangfire;
using Microsoft.EntityFrameworkCore;
using Minor.Platform.Intake.Data;
using Minor.Platform.Intake.Domain;
using Minor.Platform.Intake.Features.Applications;
using Minor.Platform.Tracks.Contracts;

namespace Minor.Platform.Intake.Jobs;

/// <summary>
/// The safety net under <see cref="CompleteApplication"/>: an application whose student completed the minor is closed
/// as afgerond even when the <see cref="MinorCompleted"/> event was lost with a crashed process. Recurring; safe twice.
/// </summary>
public sealed class ReconcileApplicationsJob(IntakeDbContext db, ITracksQueries tracks, CompleteApplication complete)
{
    public const string RecurringId = "intake-reconcile-applications";

    [DisableConcurrentExecution(timeoutInSeconds: 120)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var open = (await db.Applications.IgnoreQueryFilters().AsNoTracking()
                .Where(a => a.StudentId != null && (a.Status == ApplicationStatus.Admitted || a.Status == ApplicationStatus.Started))
                .Select(a => new { a.CohortId, a.StudentId }).ToListAsync(cancellationToken))
            .Select(a => (a.CohortId, a.StudentId)).ToHashSet();
        var closed = 0;
        foreach (var completion in (await tracks.ListMinorCompletionsForProcessingAsync(cancellationToken)).Where(c => open.Contains((c.CohortId, c.StudentId))))
        {
            closed += await complete.CloseAsync(completion.CohortId, completion.StudentId, completion.CompletedAt, cancellationToken) ? 1 : 0;
        }

        return closed;
    }
}
