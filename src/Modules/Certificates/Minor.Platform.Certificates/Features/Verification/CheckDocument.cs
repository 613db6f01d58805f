using System.Security.Cryptography;

namespace Minor.Platform.Certificates.Features.Verification;

public sealed record DocumentCheck(bool Matches, string Sha256, VerificationResult Certificate);

/// <summary>
/// Tells a visitor whether a PDF is the very file that was issued under a code, unchanged: its SHA-256 against the one
/// recorded at issue. Nothing of the file is kept.
/// </summary>
public sealed class CheckDocumentQuery(VerifyCertificateQuery verify)
{
    public const long MaxBytes = 5 * 1024 * 1024;

    /// <summary>Null when the code is unknown.</summary>
    public async Task<DocumentCheck?> HandleAsync(string? code, Stream document, CancellationToken cancellationToken)
    {
        var certificate = await verify.HandleAsync(code, cancellationToken);
        if (certificate is null)
        {
            return null;
        }

        var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(document, cancellationToken));
        return new DocumentCheck(string.Equals(hash, certificate.Sha256, StringComparison.Ordinal), hash, certificate);
    }
}
