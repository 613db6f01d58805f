using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minor.Platform.Certificates.Contracts;
using Minor.Platform.Certificates.Data;
using Minor.Platform.Certificates.Domain;
using Minor.Platform.Certificates.Localization;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Events;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Certificates.Features.Revocation;

public sealed record RevokeCertificate(Guid CertificateId, string? Reason);

/// <summary>A coordinator withdraws an issued certificate, with a reason that verification shows at once.</summary>
public sealed class RevokeCertificateHandler(
    CertificatesDbContext db, ICurrentUser currentUser, IEventBus events, IStringLocalizer<CertificatesResource> localizer, TimeProvider time)
{
    public async Task HandleAsync(RevokeCertificate command, CancellationToken cancellationToken)
    {
        var reason = RequireReason(command.Reason, localizer);
        var certificate = await db.Certificates.FirstOrDefaultAsync(c => c.Id == command.CertificateId, cancellationToken)
                          ?? throw new NotFoundException("certificate");
        var now = time.GetUtcNow();
        certificate.Revoke(reason, now);
        db.Audit.Add(new CertificateAuditEntry(certificate.InstitutionId, certificate.Id, CertificateAuditEntry.Revoked, reason, currentUser.UserId, now));
        await db.SaveChangesAsync(cancellationToken);
        await events.PublishAsync(
            new CertificateRevoked(Guid.CreateVersion7(), now, certificate.Id, certificate.InstitutionId, certificate.StudentId, reason),
            cancellationToken);
    }

    internal static string RequireReason(string? reason, IStringLocalizer localizer)
    {
        new InputErrors()
            .RequireText("reason", reason, 1000, localizer["Certificates:ReasonRequired"], localizer["Certificates:ReasonTooLong"])
            .ThrowIfAny();
        return reason!.Trim();
    }
}
