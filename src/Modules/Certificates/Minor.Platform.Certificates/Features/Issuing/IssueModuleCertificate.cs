using Hangfire;
using Microsoft.EntityFrameworkCore;
using Minor.Platform.Assessment.Contracts;
using Minor.Platform.Certificates.Data;
using Minor.Platform.Certificates.Domain;
using Minor.Platform.Certificates.Jobs;
using Minor.Platform.Curriculum.Contracts;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.SharedKernel.Events;

namespace Minor.Platform.Certificates.Features.Issuing;

/// <summary>
/// A passing module result earns a module certificate: stored as pending at once, rendered by a Hangfire job. The
/// unique key (student, kind, module) makes a second delivery of the event a no-op.
/// </summary>
public sealed class IssueModuleCertificate(
    CertificatesDbContext db,
    IIdentityQueries identity,
    ICurriculumQueries curriculum,
    IBackgroundJobClient jobs,
    TimeProvider time) : IIntegrationEventHandler<ModuleResultPublished>
{
    public async Task HandleAsync(ModuleResultPublished published, CancellationToken cancellationToken)
    {
        if (!published.Passed)
        {
            return;
        }

        var exists = await db.Certificates.IgnoreQueryFilters().AnyAsync(
            c => c.StudentId == published.StudentId && c.Kind == CertificateKind.Module && c.SubjectKey == published.CourseCode,
            cancellationToken);
        if (exists)
        {
            return;
        }

        var course = await curriculum.FindCourseAsync(published.CourseCode, cancellationToken)
                     ?? throw new InvalidOperationException($"Module {published.CourseCode} is not in the curriculum.");
        var institution = await identity.GetInstitutionAsync(published.InstitutionId, cancellationToken)
                          ?? throw new InvalidOperationException($"Institution {published.InstitutionId} does not exist.");
        var people = await identity.GetPeopleAsync(
            published.ExaminerId is { } examinerId ? [published.StudentId, examinerId] : [published.StudentId], cancellationToken);
        var holder = people[published.StudentId];
        var examiner = published.ExaminerId is { } id && people.TryGetValue(id, out var e) ? e.FullName : null;

        var certificate = new Certificate(
            published.InstitutionId, published.StudentId, CertificateKind.Module, course.Code, published.ResultId,
            $"{course.Code} {course.Title}", course.Ec, published.Grade, holder.FullName, institution.Name, examiner,
            DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        db.Certificates.Add(certificate);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another delivery of the same event stored it first (unique key); its job renders it.
            db.ChangeTracker.Clear();
            if (await db.Certificates.IgnoreQueryFilters().AnyAsync(c => c.StudentId == published.StudentId
                    && c.Kind == CertificateKind.Module && c.SubjectKey == published.CourseCode, cancellationToken))
            {
                return;
            }

            throw;
        }

        jobs.Enqueue<RenderCertificateJob>(job => job.RunAsync(certificate.Id, CancellationToken.None));
    }
}
