namespace Minor.Platform.Certificates.Localization;

/// <summary>Marker for the Certificates module's texts.</summary>
public sealed class CertificatesResource;
