using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minor.Platform.Certificates.Data;
using Minor.Platform.Certificates.Domain;
using Minor.Platform.Certificates.Features.Issuing;
using Minor.Platform.Certificates.Jobs;
using Minor.Platform.Certificates.Localization;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Certificates.Features.Revocation;

/// <param name="Language">"en" for an English certificate on request; null keeps the language it had.</param>
public sealed record ReissueCertificate(Guid CertificateId, string? Reason, string? Language = null);

public sealed record ReissuedCertificate(Guid Id, string VerificationCode);

/// <summary>
/// A coordinator reissues a certificate (a corrected name, an English version on request): a new certificate with a new code replaces
/// the old one, whose verification then points to the new code.
/// </summary>
public sealed class ReissueCertificateHandler(
    CertificatesDbContext db,
    CertificateSnapshots snapshots,
    IBackgroundJobClient jobs,
    ICurrentUser currentUser,
    IStringLocalizer<CertificatesResource> localizer,
    TimeProvider time)
{
    public async Task<ReissuedCertificate> HandleAsync(ReissueCertificate command, CancellationToken cancellationToken)
    {
        var reason = RevokeCertificateHandler.RequireReason(command.Reason, localizer);
        var certificate = await db.Certificates.FirstOrDefaultAsync(c => c.Id == command.CertificateId, cancellationToken)
                          ?? throw new NotFoundException("certificate");
        var snapshot = await snapshots.RefreshAsync(certificate, command.Language, cancellationToken);
        var successor = await db.ReplaceAsync(certificate, snapshot,
            new CertificateAuditEntry(certificate.InstitutionId, certificate.Id, CertificateAuditEntry.Reissued, reason, currentUser.UserId, time.GetUtcNow()),
            cancellationToken);

        jobs.Enqueue<RenderCertificateJob>(job => job.RunAsync(successor.Id, CancellationToken.None));
        return new ReissuedCertificate(successor.Id, successor.VerificationCode);
    }
}
