namespace Minor.Platform.Certificates.Domain;

public static class CertificateKind
{
    public const string Module = "module";
    public const string Minor = "minor";
    public const string Transcript = "transcript";
}
