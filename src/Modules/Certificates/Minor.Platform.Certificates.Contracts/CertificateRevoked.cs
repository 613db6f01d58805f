using Minor.Platform.SharedKernel.Events;

namespace Minor.Platform.Certificates.Contracts;

public sealed record CertificateRevoked(
    Guid EventId, DateTimeOffset OccurredAt, Guid CertificateId, Guid InstitutionId, Guid StudentId, string Reason)
    : IIntegrationEvent;
