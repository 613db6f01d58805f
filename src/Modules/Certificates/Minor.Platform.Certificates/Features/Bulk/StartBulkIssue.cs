using Hangfire;
using Minor.Platform.Certificates.Data;
using Minor.Platform.Certificates.Domain;
using Minor.Platform.Certificates.Jobs;
using Minor.Platform.SharedKernel;
using Minor.Platform.Tracks.Contracts;

namespace Minor.Platform.Certificates.Features.Bulk;

/// <summary>A coordinator asks for every certificate of a cohort; a Hangfire job does the work.</summary>
public sealed class StartBulkIssueHandler(CertificatesDbContext db, ITracksQueries tracks, IBackgroundJobClient jobs, TimeProvider time)
{
    public async Task<Guid> HandleAsync(Guid cohortId, CancellationToken cancellationToken)
    {
        var cohort = await tracks.GetCohortAsync(cohortId, cancellationToken) ?? throw new NotFoundException("cohort");
        var bulk = new BulkIssue(cohort.InstitutionId, cohort.Id, time.GetUtcNow());
        db.BulkIssues.Add(bulk);
        await db.SaveChangesAsync(cancellationToken);
        jobs.Enqueue<IssueCohortCertificatesJob>(job => job.RunAsync(bulk.Id, CancellationToken.None));
        return bulk.Id;
    }
}
