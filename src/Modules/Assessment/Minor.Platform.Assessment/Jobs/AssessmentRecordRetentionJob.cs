using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Minor.Platform.Assessment.Data;
using Minor.Platform.SharedKernel.Privacy;

namespace Minor.Platform.Assessment.Jobs;

public sealed record RecordRetentionResult(RetentionResult AssessmentRecords, RetentionResult ModuleResults);

/// <summary>
/// Removes assessment records seven years after the grade became final: the grade per assessment, every examiner's
/// mark with its rubric scores and feedback, and the grade audit trail. Module results, which certificates certify,
/// go after the certificate period (fifty years). Students under a legal hold keep everything. Each kind is removed in
/// one transaction, so a run cut short removes all of it or nothing; logs every run; can run twice.
/// </summary>
public sealed class AssessmentRecordRetentionJob(
    AssessmentDbContext db, IConfiguration configuration, ILogger<AssessmentRecordRetentionJob> logger, TimeProvider time)
{
    public const string RecurringId = "assessment-record-retention";
    public const string RecordsKind = "assessment-records";
    public const string ResultsKind = "module-results";

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<RecordRetentionResult> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var held = await db.StudentsUnderLegalHoldAsync(cancellationToken);
        var records = await RemoveGradesAsync(RetentionPeriod.AssessmentRecords.CutoffFrom(configuration, now), held, cancellationToken);
        var results = await RemoveResultsAsync(RetentionPeriod.CertificateRecords.CutoffFrom(configuration, now), held, cancellationToken);

        db.RetentionLog.AddRange(new RetentionLogEntry(RecordsKind, records.Removed, records.Held, now), new RetentionLogEntry(ResultsKind, results.Removed, results.Held, now));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation(
            "Assessment record retention removed {Records} grades with their marks and audit ({RecordsHeld} held) and {Results} module results ({ResultsHeld} held)",
            records.Removed, records.Held, results.Removed, results.Held);
        return new RecordRetentionResult(records, results);
    }

    private async Task<RetentionResult> RemoveGradesAsync(DateTimeOffset cutoff, List<Guid> held, CancellationToken cancellationToken)
    {
        var expired = db.StudentGrades.IgnoreQueryFilters().Where(g => g.PublishedAt != null && g.PublishedAt < cutoff);
        var keptForHold = await expired.CountAsync(g => held.Contains(g.StudentId), cancellationToken);
        var removable = expired.Where(g => !held.Contains(g.StudentId));

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.ExaminerGrades.IgnoreQueryFilters()
            .Where(e => removable.Any(g => g.AssessmentId == e.AssessmentId && g.StudentId == e.StudentId))
            .ExecuteDeleteAsync(cancellationToken);
        await db.GradeAudit.IgnoreQueryFilters()
            .Where(e => removable.Any(g => g.AssessmentId == e.AssessmentId && g.StudentId == e.StudentId))
            .ExecuteDeleteAsync(cancellationToken);
        var removed = await removable.ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RetentionResult(removed, keptForHold);
    }

    private async Task<RetentionResult> RemoveResultsAsync(DateTimeOffset cutoff, List<Guid> held, CancellationToken cancellationToken)
    {
        var expired = db.ModuleResults.IgnoreQueryFilters().Where(r => r.PublishedAt < cutoff);
        var keptForHold = await expired.CountAsync(r => held.Contains(r.StudentId), cancellationToken);
        var removed = await expired.Where(r => !held.Contains(r.StudentId)).ExecuteDeleteAsync(cancellationToken);
        return new RetentionResult(removed, keptForHold);
    }
}
