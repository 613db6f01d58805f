using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Minor.Platform.Assessment.Contracts;
using Minor.Platform.Certificates.Data;
using Minor.Platform.Certificates.Domain;
using Minor.Platform.Certificates.Features.Issuing;
using Minor.Platform.SharedKernel.Privacy;
using Minor.Platform.Tracks.Contracts;

namespace Minor.Platform.Certificates.Jobs;

/// <summary>
/// The safety net under the events: every passing module result and every completed minor has its certificate, and every certificate left
/// pending (its render job lost with a crashed process) is rendered. Recurring; safe to run at any time, twice.
/// </summary>
public sealed class ReconcileCertificatesJob(
    CertificatesDbContext db,
    IAssessmentQueries assessment,
    ITracksQueries tracks,
    CertificateIssuer issuer,
    IBackgroundJobClient jobs,
    IConfiguration configuration,
    TimeProvider time)
{
    public const string RecurringId = "certificates-reconcile";

    /// <summary>A pending certificate younger than this is left to the job that was enqueued with it.</summary>
    public static readonly TimeSpan PendingGrace = TimeSpan.FromMinutes(2);

    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task<ReconciliationResult> RunAsync(CancellationToken cancellationToken)
    {
        // A certificate removed by retention stays removed: results and completions older than its period are left alone.
        var retained = RetentionPeriod.CertificateRecords.CutoffFrom(configuration, time.GetUtcNow());
        var passed = (await assessment.ListPassedResultsForProcessingAsync(cancellationToken)).Where(r => r.PublishedAt >= retained);
        var completions = (await tracks.ListMinorCompletionsForProcessingAsync(cancellationToken)).Where(c => c.CompletedAt >= retained);
        var existing = (await db.Certificates.IgnoreQueryFilters().AsNoTracking()
                .Where(c => (c.Kind == CertificateKind.Module || c.Kind == CertificateKind.Minor) && c.ReplacedById == null)
                .Select(c => new { c.StudentId, c.SubjectKey })
                .ToListAsync(cancellationToken))
            .Select(c => (c.StudentId, c.SubjectKey)).ToHashSet();

        var created = 0;
        foreach (var result in passed.Where(r => !existing.Contains((r.StudentId, r.CourseCode))))
        {
            created += await issuer.IssueModuleAsync(PassedModule.From(result), cancellationToken) ? 1 : 0;
        }

        foreach (var completion in completions.Where(c => !existing.Contains((c.StudentId, CertificateIssuer.MinorSubject))))
        {
            created += await issuer.IssueMinorAsync(CompletedMinor.From(completion), cancellationToken) ? 1 : 0;
        }

        var cutoff = time.GetUtcNow() - PendingGrace;
        var stale = await db.Certificates.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.Status == CertificateStatus.Pending && c.CreatedAt < cutoff)
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        foreach (var id in stale)
        {
            jobs.Enqueue<RenderCertificateJob>(job => job.RunAsync(id, CancellationToken.None));
        }

        return new ReconciliationResult(created, stale.Count);
    }
}

public sealed record ReconciliationResult(int Created, int Rerendered);
