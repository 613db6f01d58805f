using Minor.Platform.SharedKernel.Events;

namespace Minor.Platform.Intake.Contracts;

/// <summary>A coordinator admitted an applicant to a cohort on a track; the student account exists.</summary>
public sealed record ApplicantAdmitted(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ApplicationId,
    Guid InstitutionId,
    Guid StudentId,
    Guid CohortId,
    string TrackCode) : IIntegrationEvent;
