using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Minor.Platform.Certificates.Contracts;
using Minor.Platform.Certificates.Data;
using Minor.Platform.Certificates.Domain;
using Minor.Platform.Certificates.Rendering;
using Minor.Platform.SharedKernel.Blobs;
using Minor.Platform.SharedKernel.Events;

namespace Minor.Platform.Certificates.Jobs;

/// <summary>
/// Renders a pending certificate's PDF, stores it and marks the certificate issued. Takes an id only; running it twice
/// (a retry, a second enqueue) changes nothing once the certificate is issued.
/// </summary>
public sealed class RenderCertificateJob(
    CertificatesDbContext db,
    IBlobStore blobs,
    CertificatePdfRenderer renderer,
    IEventBus events,
    IConfiguration configuration,
    TimeProvider time)
{
    public const string ProgrammeName = "Minor Samenlevingsopbouw";

    public async Task RunAsync(Guid certificateId, CancellationToken cancellationToken)
    {
        var certificate = await db.Certificates.IgnoreQueryFilters()
            .FirstOrDefaultAsync(c => c.Id == certificateId, cancellationToken);
        if (certificate is null || certificate.Status != CertificateStatus.Pending)
        {
            return;
        }

        var pdf = renderer.Render(new CertificateDocument(
            certificate.Kind, certificate.Title, certificate.HolderName, certificate.Ec, certificate.InstitutionName,
            certificate.IssuedOn, certificate.Grade, certificate.SignatoryName, certificate.VerificationCode,
            VerificationUrl(configuration, certificate.VerificationCode), ProgrammeName));
        var key = $"certificates/{certificate.InstitutionId:N}/{certificate.Id:N}.pdf";
        await blobs.SaveAsync(key, pdf, cancellationToken);

        var now = time.GetUtcNow();
        certificate.MarkIssued(key, Convert.ToHexStringLower(SHA256.HashData(pdf)), now);
        await db.SaveChangesAsync(cancellationToken);
        await events.PublishAsync(
            new CertificateIssued(Guid.CreateVersion7(), now, certificate.Id, certificate.InstitutionId,
                certificate.StudentId, certificate.Kind, certificate.VerificationCode),
            cancellationToken);
    }

    public static string VerificationUrl(IConfiguration configuration, string code) =>
        $"{(configuration["Platform:PublicBaseUrl"] ?? "http://localhost:5000").TrimEnd('/')}/verify/{code}";
}
