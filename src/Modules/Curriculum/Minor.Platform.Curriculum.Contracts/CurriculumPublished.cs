using Minor.Platform.SharedKernel.Events;

namespace Minor.Platform.Curriculum.Contracts;

public sealed record CurriculumPublished(Guid EventId, DateTimeOffset OccurredAt, int Version) : IIntegrationEvent;
