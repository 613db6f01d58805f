using Minor.Platform.Intake.Contracts;
using Minor.Platform.SharedKernel.Events;

namespace Minor.Platform.Tracks.Features.Enrolments;

/// <summary>Admission in Intake becomes an enrolment in Tracks.</summary>
public sealed class EnrolAdmittedApplicant(EnrolStudentHandler enrol) : IIntegrationEventHandler<ApplicantAdmitted>
{
    public Task HandleAsync(ApplicantAdmitted integrationEvent, CancellationToken cancellationToken) =>
        enrol.HandleAsync(
            new EnrolStudent(integrationEvent.InstitutionId, integrationEvent.CohortId, integrationEvent.StudentId,
                integrationEvent.TrackCode, integrationEvent.ApplicationId),
            cancellationToken);
}
