using Minor.Platform.SharedKernel.Events;

namespace Minor.Platform.Identity.Contracts;

public sealed record UserRegistered(Guid EventId, DateTimeOffset OccurredAt, Guid UserId, Guid? InstitutionId, string Email)
    : IIntegrationEvent;
