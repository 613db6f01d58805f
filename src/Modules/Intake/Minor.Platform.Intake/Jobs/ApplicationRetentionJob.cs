using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Minor.Platform.Intake.Data;
using Minor.Platform.Intake.Domain;
using Minor.Platform.SharedKernel.Privacy;

namespace Minor.Platform.Intake.Jobs;

public sealed record ApplicationRetentionResult(int Anonymised, int Held);

/// <summary>
/// Anonymises applications that were refused or withdrawn before admission, a set period after their last step
/// (Platform:Retention:RejectedApplicationDays, a year by default), unless a legal hold keeps them. An admitted
/// applicant's application stays with their enrolment. Anonymising keeps the national figures whole. Logs every run
/// and can run twice: an anonymised application is not touched again.
/// </summary>
public sealed class ApplicationRetentionJob(IntakeDbContext db, IConfiguration configuration, ILogger<ApplicationRetentionJob> logger, TimeProvider time)
{
    public const string RecurringId = "intake-application-retention";
    public const string Kind = "rejected-applications";
    private const int Batch = 500;

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<ApplicationRetentionResult> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var cutoff = RetentionPeriod.RejectedApplications.CutoffFrom(configuration, now);
        var expired = db.Applications.IgnoreQueryFilters().Where(a =>
            (a.Status == ApplicationStatus.Rejected || a.Status == ApplicationStatus.Withdrawn) && a.AdmittedAt == null && a.AnonymisedAt == null
            && a.Steps.Max(s => s.At) < cutoff);
        var held = await expired.CountAsync(a => a.LegalHoldSince != null, cancellationToken);

        var anonymised = 0;
        while (true)
        {
            var batch = await expired.Where(a => a.LegalHoldSince == null).Include(a => a.Steps).OrderBy(a => a.Id).Take(Batch).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            batch.ForEach(a => a.Anonymise(now));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            anonymised += batch.Count;
        }

        db.RetentionLog.Add(new RetentionLogEntry(Kind, anonymised, held, now));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Application retention anonymised {Anonymised} refused or withdrawn applications last moved before {Cutoff:u}; {Held} kept under a legal hold",
            anonymised, cutoff, held);
        return new ApplicationRetentionResult(anonymised, held);
    }
}
