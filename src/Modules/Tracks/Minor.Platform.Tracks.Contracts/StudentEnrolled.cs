using Minor.Platform.SharedKernel.Events;

namespace Minor.Platform.Tracks.Contracts;

public sealed record StudentEnrolled(
    Guid EventId, DateTimeOffset OccurredAt, Guid InstitutionId, Guid CohortId, Guid StudentId, string TrackCode)
    : IIntegrationEvent;
