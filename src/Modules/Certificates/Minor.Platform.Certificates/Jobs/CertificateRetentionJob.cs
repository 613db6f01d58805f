using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Minor.Platform.Assessment.Contracts;
using Minor.Platform.Certificates.Data;
using Minor.Platform.SharedKernel.Blobs;
using Minor.Platform.SharedKernel.Privacy;

namespace Minor.Platform.Certificates.Jobs;

public sealed record CertificateRetentionResult(int Removed, int Held);

/// <summary>
/// Removes certificate records fifty years after issue (Platform:Retention:CertificateDays): the PDF, the record and
/// its audit trail; from then on the verification page no longer knows the code. Students under a legal hold (held in
/// the assessment module, which owns holds) keep theirs. PDFs go first, then the rows, so a run cut short is finished by
/// the next. Logs every run; can run twice.
/// </summary>
public sealed class CertificateRetentionJob(
    CertificatesDbContext db,
    IAssessmentQueries assessment,
    IBlobStore blobs,
    IConfiguration configuration,
    ILogger<CertificateRetentionJob> logger,
    TimeProvider time)
{
    public const string RecurringId = "certificates-retention";
    public const string Kind = "certificates";
    private const int Batch = 500;

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<CertificateRetentionResult> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var cutoff = RetentionPeriod.CertificateRecords.CutoffFrom(configuration, now);
        var held = await assessment.ListStudentsUnderLegalHoldForProcessingAsync(cancellationToken);
        var expired = db.Certificates.IgnoreQueryFilters().Where(c => c.IssuedAt != null && c.IssuedAt < cutoff);
        var keptForHold = await expired.CountAsync(c => held.Contains(c.StudentId), cancellationToken);

        var removed = 0;
        while (true)
        {
            var batch = await expired.Where(c => !held.Contains(c.StudentId)).OrderBy(c => c.Id).Take(Batch).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var key in batch.Select(c => c.PdfBlobKey).OfType<string>())
            {
                await blobs.DeleteAsync(key, cancellationToken);
            }

            var ids = batch.Select(c => c.Id).ToList();
            db.Audit.RemoveRange(await db.Audit.IgnoreQueryFilters().Where(a => ids.Contains(a.CertificateId)).ToListAsync(cancellationToken));
            db.Certificates.RemoveRange(batch);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            removed += batch.Count;
        }

        db.RetentionLog.Add(new RetentionLogEntry(Kind, removed, keptForHold, now));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Certificate retention removed {Removed} certificates issued before {Cutoff:u}; {Held} kept under a legal hold", removed, cutoff, keptForHold);
        return new CertificateRetentionResult(removed, keptForHold);
    }
}
