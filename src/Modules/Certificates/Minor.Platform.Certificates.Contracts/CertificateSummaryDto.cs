namespace Minor.Platform.Certificates.Contracts;

public sealed record CertificateSummaryDto(Guid Id, string Kind, string Title, string Status, string VerificationCode);
