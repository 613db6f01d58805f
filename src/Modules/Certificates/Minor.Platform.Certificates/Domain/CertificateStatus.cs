namespace Minor.Platform.Certificates.Domain;

public enum CertificateStatus
{
    /// <summary>Created from an event; the PDF is being rendered.</summary>
    Pending,
    Issued,
    Revoked,
}
