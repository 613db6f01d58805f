using Hangfire;
using Microsoft.EntityFrameworkCore;
using Minor.Platform.Assessment.Contracts;
using Minor.Platform.Certificates.Data;
using Minor.Platform.Certificates.Domain;
using Minor.Platform.Certificates.Features.Issuing;
using Minor.Platform.Tracks.Contracts;

namespace Minor.Platform.Certificates.Jobs;

/// <summary>
/// Issues every certificate a cohort's students have earned: creates what is missing (module and minor certificates)
/// and queues a render for everything still pending. Every step is idempotent, so a run that a crash cut short is
/// simply run again (by Hangfire, or by the coordinator).
/// </summary>
public sealed class IssueCohortCertificatesJob(
    CertificatesDbContext db,
    ITracksQueries tracks,
    IAssessmentQueries assessment,
    CertificateIssuer issuer,
    IBackgroundJobClient jobs,
    TimeProvider time)
{
    public async Task RunAsync(Guid bulkIssueId, CancellationToken cancellationToken)
    {
        var bulk = await db.BulkIssues.IgnoreQueryFilters().FirstOrDefaultAsync(b => b.Id == bulkIssueId, cancellationToken);
        if (bulk is null)
        {
            return;
        }

        var students = (await tracks.ListEnrolmentsForProcessingAsync(bulk.CohortId, cancellationToken)).Select(e => e.StudentId).ToHashSet();
        foreach (var studentId in students)
        {
            var results = await assessment.ListResultsOfStudentForProcessingAsync(studentId, cancellationToken);
            foreach (var result in results.Where(r => r.Passed && r.CohortId == bulk.CohortId))
            {
                await issuer.IssueModuleAsync(PassedModule.From(result), cancellationToken);
            }
        }

        foreach (var completion in (await tracks.ListMinorCompletionsForProcessingAsync(cancellationToken)).Where(c => c.CohortId == bulk.CohortId))
        {
            await issuer.IssueMinorAsync(CompletedMinor.From(completion), cancellationToken);
        }

        var pending = await db.Certificates.IgnoreQueryFilters().AsNoTracking()
            .Where(c => students.Contains(c.StudentId) && c.Status == CertificateStatus.Pending)
            .Select(c => c.Id).ToListAsync(cancellationToken);
        foreach (var id in pending)
        {
            jobs.Enqueue<RenderCertificateJob>(job => job.RunAsync(id, CancellationToken.None));
        }

        bulk.MarkPlanned(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }
}
