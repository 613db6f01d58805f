using Microsoft.EntityFrameworkCore;
using Minor.Platform.Certificates.Data;
using Minor.Platform.Certificates.Domain;

namespace Minor.Platform.Certificates.Features.Verification;

public sealed record VerificationResult(
    string Status,
    string HolderName,
    string Title,
    decimal Ec,
    string Institution,
    DateOnly IssuedOn,
    string? Sha256,
    DateOnly? RevokedOn,
    string? RevocationReason,
    string? ReplacedBy);

/// <summary>
/// The public check of a verification code. It reads across hogescholen on purpose (anyone may verify any
/// certificate), so it is the one named query here that ignores the tenant filter, and it shows only what the
/// certificate itself states.
/// </summary>
public sealed class VerifyCertificateQuery(CertificatesDbContext db)
{
    public const string Valid = "valid";
    public const string Revoked = "revoked";
    public const string Replaced = "replaced";

    public async Task<VerificationResult?> HandleAsync(string? code, CancellationToken cancellationToken)
    {
        var normalized = VerificationCode.Normalize(code);
        if (normalized is null)
        {
            return null;
        }

        var certificate = await db.Certificates.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.VerificationCode == normalized && c.Status != CertificateStatus.Pending)
            .Select(c => new
            {
                c.Status, c.HolderName, c.Title, c.Ec, c.InstitutionName, c.IssuedOn, c.PdfSha256, c.RevokedAt,
                c.RevocationReason, c.ReplacedByCode,
            })
            .FirstOrDefaultAsync(cancellationToken);
        return certificate is null
            ? null
            : new VerificationResult(
                certificate.Status switch
                {
                    CertificateStatus.Revoked => Revoked,
                    CertificateStatus.Replaced => Replaced,
                    _ => Valid,
                },
                certificate.HolderName, certificate.Title, certificate.Ec, certificate.InstitutionName,
                certificate.IssuedOn, certificate.PdfSha256,
                certificate.RevokedAt is { } revoked ? DateOnly.FromDateTime(revoked.UtcDateTime) : null,
                certificate.RevocationReason, certificate.ReplacedByCode);
    }
}
