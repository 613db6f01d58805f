namespace Minor.Platform.Certificates.Domain;

public enum CertificateStatus
{
    /// <summary>Created; the PDF is being rendered.</summary>
    Pending,
    Issued,
    Revoked,

    /// <summary>Superseded by a reissued certificate with a new verification code.</summary>
    Replaced,
}
