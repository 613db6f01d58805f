using Minor.Platform.SharedKernel.Events;

namespace Minor.Platform.Certificates.Contracts;

public sealed record CertificateIssued(
    Guid EventId, DateTimeOffset OccurredAt, Guid CertificateId, Guid InstitutionId, Guid StudentId, string Kind, string VerificationCode)
    : IIntegrationEvent;
