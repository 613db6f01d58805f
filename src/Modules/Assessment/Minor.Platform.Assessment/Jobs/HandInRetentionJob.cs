using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Minor.Platform.Assessment.Data;
using Minor.Platform.Assessment.Domain;
using Minor.Platform.SharedKernel.Blobs;
using Minor.Platform.SharedKernel.Privacy;

namespace Minor.Platform.Assessment.Jobs;

public sealed record RetentionResult(int Removed, int Held);

/// <summary>
/// Removes handed-in work about two years after its grade became final (VH Selectielijst; configurable as
/// Platform:Retention:HandInDays), except for students under a legal hold. Files go first, then the rows, so a run cut
/// short leaves rows whose files are already gone and the next run finishes them. Logs every run.
/// </summary>
public sealed class HandInRetentionJob(
    AssessmentDbContext db, IBlobStore blobs, IConfiguration configuration, ILogger<HandInRetentionJob> logger, TimeProvider time)
{
    public const string RecurringId = "assessment-hand-in-retention";
    public const string Kind = "hand-ins";
    private const int Batch = 500;

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<RetentionResult> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var cutoff = RetentionPeriod.HandIns.CutoffFrom(configuration, now);
        var held = await db.StudentsUnderLegalHoldAsync(cancellationToken);

        var expired = db.HandIns.IgnoreQueryFilters().Where(h => db.StudentGrades.IgnoreQueryFilters().Any(g =>
            g.AssessmentId == h.AssessmentId && g.StudentId == h.StudentId && g.PublishedAt != null && g.PublishedAt < cutoff));
        var keptForHold = await expired.CountAsync(h => held.Contains(h.StudentId), cancellationToken);

        var removed = 0;
        while (true)
        {
            var batch = await expired.Where(h => !held.Contains(h.StudentId)).Include(h => h.Files).OrderBy(h => h.Id).Take(Batch)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var file in batch.SelectMany(h => h.Files))
            {
                await blobs.DeleteAsync(file.BlobKey, cancellationToken);
            }

            db.HandIns.RemoveRange(batch);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            removed += batch.Count;
        }

        db.RetentionLog.Add(new RetentionLogEntry(Kind, removed, keptForHold, now));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Hand-in retention removed {Removed} hand-ins graded before {Cutoff:u}; {Held} kept under a legal hold", removed, cutoff, keptForHold);
        return new RetentionResult(removed, keptForHold);
    }
}
