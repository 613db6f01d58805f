namespace Minor.Platform.Certificates.Rendering;

/// <summary>Everything a certificate states; a snapshot, so a later change elsewhere never alters an issued PDF.</summary>
public sealed record CertificateDocument(
    string Kind,
    string Title,
    string HolderName,
    decimal Ec,
    string InstitutionName,
    DateOnly IssuedOn,
    decimal? Grade,
    string? SignatoryName,
    string VerificationCode,
    string VerificationUrl,
    string ProgrammeName,
    string Language = "nl");
