namespace Minor.Platform.Certificates.Domain;

/// <summary>What a certificate states, frozen when it is created.</summary>
public sealed record CertificateSnapshot(
    string Title,
    decimal Ec,
    decimal? Grade,
    string HolderName,
    string InstitutionName,
    string? SignatoryName,
    DateOnly IssuedOn,
    string Language,
    string? ContentJson = null);
