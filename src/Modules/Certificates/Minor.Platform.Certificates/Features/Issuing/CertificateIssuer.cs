using Hangfire;
using Minor.Platform.Assessment.Contracts;
using Microsoft.EntityFrameworkCore;
using Minor.Platform.SharedKernel.Data;
using Minor.Platform.Certificates.Data;
using Minor.Platform.Certificates.Domain;
using Minor.Platform.Certificates.Jobs;
using Minor.Platform.Tracks.Contracts;

namespace Minor.Platform.Certificates.Features.Issuing;

/// <summary>A passing module result, as the event and the jobs hand it over, with the cohort whose curriculum it follows.</summary>
public sealed record PassedModule(Guid ResultId, Guid InstitutionId, Guid CohortId, string CourseCode, Guid StudentId, decimal? Grade, Guid? ExaminerId)
{
    public static PassedModule From(ModuleResultDto result) =>
        new(result.Id, result.InstitutionId, result.CohortId, result.CourseCode, result.StudentId, result.Grade, result.ExaminerId);
}

/// <summary>A completed minor, as the event and the jobs hand it over.</summary>
public sealed record CompletedMinor(Guid CompletionId, Guid InstitutionId, Guid StudentId, decimal TotalEc)
{
    public static CompletedMinor From(MinorCompletionDto completion) =>
        new(completion.Id, completion.InstitutionId, completion.StudentId, completion.TotalEc);
}

/// <summary>
/// Creates a pending certificate and enqueues its render. The unique key (student, kind, subject) over live
/// certificates makes a second call for the same achievement a no-op, whoever makes it: event or reconciliation.
/// </summary>
public sealed class CertificateIssuer(CertificatesDbContext db, CertificateSnapshots snapshots, IBackgroundJobClient jobs)
{
    public const string MinorSubject = "minor";

    public Task<bool> IssueModuleAsync(PassedModule passed, CancellationToken cancellationToken) =>
        IssueAsync(passed.InstitutionId, passed.StudentId, CertificateKind.Module, passed.CourseCode, passed.ResultId,
            () => snapshots.ForModuleAsync(passed, "nl", cancellationToken),
            cancellationToken);

    public Task<bool> IssueMinorAsync(CompletedMinor completed, CancellationToken cancellationToken) =>
        IssueAsync(completed.InstitutionId, completed.StudentId, CertificateKind.Minor, MinorSubject, completed.CompletionId,
            () => snapshots.ForMinorAsync(completed.InstitutionId, completed.StudentId, completed.TotalEc, "nl", cancellationToken),
            cancellationToken);

    private async Task<bool> IssueAsync(
        Guid institutionId, Guid studentId, string kind, string subjectKey, Guid sourceId,
        Func<Task<CertificateSnapshot>> snapshot, CancellationToken cancellationToken)
    {
        if (await ExistsAsync(studentId, kind, subjectKey, cancellationToken))
        {
            return false;
        }

        var certificate = new Certificate(institutionId, studentId, kind, subjectKey, sourceId, await snapshot());
        db.Certificates.Add(certificate);
        if (!await db.SaveUnlessStoredMeanwhileAsync(ct => ExistsAsync(studentId, kind, subjectKey, ct), cancellationToken))
        {
            // Another delivery stored it first (the unique key); its job renders it.
            return false;
        }

        jobs.Enqueue<RenderCertificateJob>(job => job.RunAsync(certificate.Id, CancellationToken.None));
        return true;
    }

    private Task<bool> ExistsAsync(Guid studentId, string kind, string subjectKey, CancellationToken cancellationToken) =>
        db.Certificates.IgnoreQueryFilters().AnyAsync(
            c => c.StudentId == studentId && c.Kind == kind && c.SubjectKey == subjectKey && c.ReplacedById == null,
            cancellationToken);
}
