using Hangfire;
using Microsoft.EntityFrameworkCore;
using Minor.Platform.Certificates.Data;
using Minor.Platform.Certificates.Domain;
using Minor.Platform.Certificates.Jobs;

namespace Minor.Platform.Certificates.Features.Issuing;

/// <summary>A passing module result, as the event and the reconciliation job both hand it over.</summary>
public sealed record PassedModule(Guid ResultId, Guid InstitutionId, string CourseCode, Guid StudentId, decimal Grade, Guid? ExaminerId);

/// <summary>
/// Creates the pending module certificate for a passing result and enqueues its render. The unique key (student,
/// kind, module) over live certificates makes a second call for the same result a no-op, whoever makes it.
/// </summary>
public sealed class ModuleCertificateIssuer(CertificatesDbContext db, CertificateSnapshots snapshots, IBackgroundJobClient jobs)
{
    public async Task<bool> IssueAsync(PassedModule passed, CancellationToken cancellationToken)
    {
        if (await ExistsAsync(passed, cancellationToken))
        {
            return false;
        }

        var snapshot = await snapshots.ForModuleAsync(
            passed.InstitutionId, passed.StudentId, passed.CourseCode, passed.Grade, passed.ExaminerId, "nl", cancellationToken);
        var certificate = new Certificate(passed.InstitutionId, passed.StudentId, CertificateKind.Module, passed.CourseCode, passed.ResultId, snapshot);
        db.Certificates.Add(certificate);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another delivery stored it first (the unique key); its job renders it.
            db.ChangeTracker.Clear();
            if (await ExistsAsync(passed, cancellationToken))
            {
                return false;
            }

            throw;
        }

        jobs.Enqueue<RenderCertificateJob>(job => job.RunAsync(certificate.Id, CancellationToken.None));
        return true;
    }

    private Task<bool> ExistsAsync(PassedModule passed, CancellationToken cancellationToken) =>
        db.Certificates.IgnoreQueryFilters().AnyAsync(
            c => c.StudentId == passed.StudentId && c.Kind == CertificateKind.Module && c.SubjectKey == passed.CourseCode
                 && c.ReplacedById == null,
            cancellationToken);
}
