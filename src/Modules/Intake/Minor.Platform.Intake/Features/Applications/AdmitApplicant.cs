using Microsoft.EntityFrameworkCore;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.Intake.Contracts;
using Minor.Platform.Intake.Data;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Events;
using Minor.Platform.Tracks.Contracts;

namespace Minor.Platform.Intake.Features.Applications;

public sealed record AdmitApplicant(Guid ApplicationId, string? TrackCode, Guid CohortId);

/// <summary>
/// Admits an applicant: the student account is created or linked, the application is marked admitted, and
/// <see cref="ApplicantAdmitted"/> makes Tracks enrol the student. Every step is idempotent, so admitting again after
/// a failure part-way completes the admission instead of duplicating it.
/// </summary>
public sealed class AdmitApplicantHandler(
    IntakeDbContext db,
    IStudentAccounts accounts,
    ITracksQueries tracks,
    IEventBus events,
    TimeProvider time)
{
    public async Task<Guid> HandleAsync(AdmitApplicant command, CancellationToken cancellationToken)
    {
        var application = await db.Applications.Include(a => a.Steps).FirstOrDefaultAsync(a => a.Id == command.ApplicationId, cancellationToken)
                          ?? throw new NotFoundException("application");
        var cohort = await tracks.GetCohortAsync(command.CohortId, cancellationToken);
        if (cohort is null || cohort.InstitutionId != application.InstitutionId)
        {
            throw new BusinessRuleException("Intake:UnknownCohort");
        }

        // Admitting again after a failure part-way completes that admission; a new one needs a cohort that takes students.
        var readmission = application.CohortId == cohort.Id;
        if (!readmission && !cohort.Admits)
        {
            throw new BusinessRuleException("Intake:CohortClosed") { MessageArguments = [cohort.Name] };
        }

        if (!readmission && cohort.Capacity is { } capacity && await tracks.CountEnrolmentsAsync(cohort.Id, cancellationToken) >= capacity)
        {
            throw new BusinessRuleException("Intake:CohortFull") { MessageArguments = [cohort.Name, capacity] };
        }

        var track = await tracks.FindTrackAsync(command.TrackCode ?? application.TrackCode, cancellationToken)
                    ?? throw new BusinessRuleException("Intake:UnknownTrack");

        var studentId = await accounts.EnsureStudentAsync(
            new NewStudent(application.Email, application.FirstName, application.LastName, application.InstitutionId),
            cancellationToken);
        var now = time.GetUtcNow();
        application.Admit(studentId, cohort.Id, track.Code, now);
        await db.SaveChangesAsync(cancellationToken);

        await events.PublishAsync(
            new ApplicantAdmitted(Guid.CreateVersion7(), now, application.Id, application.InstitutionId, studentId, cohort.Id, track.Code),
            cancellationToken);
        return studentId;
    }
}
