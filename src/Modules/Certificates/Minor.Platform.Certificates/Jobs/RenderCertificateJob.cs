using System.Security.Cryptography;
using System.Text.Json;
using Hangfire;
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
/// Renders a pending certificate's PDF, stores it with its SHA-256 and marks the certificate issued. Takes an id only;
/// running it twice changes nothing once the certificate is issued. A failure is recorded on the certificate, where
/// the coordinator sees it, and rethrown so Hangfire retries.
/// </summary>
public sealed class RenderCertificateJob(
    CertificatesDbContext db,
    IBlobStore blobs,
    CertificatePdfRenderer certificates,
    TranscriptPdfRenderer transcripts,
    IEventBus events,
    IConfiguration configuration,
    TimeProvider time)
{
    public const string ProgrammeName = "Minor Samenlevingsopbouw";

    [AutomaticRetry(Attempts = 5)]
    public async Task RunAsync(Guid certificateId, CancellationToken cancellationToken)
    {
        var certificate = await db.Certificates.IgnoreQueryFilters()
            .FirstOrDefaultAsync(c => c.Id == certificateId, cancellationToken);
        if (certificate is null || certificate.Status != CertificateStatus.Pending)
        {
            return;
        }

        byte[] pdf;
        string key;
        try
        {
            pdf = Render(certificate);
            key = $"certificates/{certificate.InstitutionId:N}/{certificate.Id:N}.pdf";
            await blobs.SaveAsync(key, new MemoryStream(pdf, writable: false), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            certificate.RecordRenderFailure($"{ex.GetType().Name}: {ex.Message}");
            await db.SaveChangesAsync(cancellationToken);
            throw;
        }

        var now = time.GetUtcNow();
        certificate.MarkIssued(key, Convert.ToHexStringLower(SHA256.HashData(pdf)), now);
        db.Audit.Add(new CertificateAuditEntry(certificate.InstitutionId, certificate.Id, CertificateAuditEntry.Issued, null, null, now));
        await db.SaveChangesAsync(cancellationToken);
        await events.PublishAsync(
            new CertificateIssued(Guid.CreateVersion7(), now, certificate.Id, certificate.InstitutionId,
                certificate.StudentId, certificate.Kind, certificate.VerificationCode),
            cancellationToken);
    }

    public static string VerificationUrl(IConfiguration configuration, string code) =>
        $"{(configuration["Platform:PublicBaseUrl"] ?? "http://localhost:5000").TrimEnd('/')}/verify/{code}";

    private byte[] Render(Certificate certificate)
    {
        var url = VerificationUrl(configuration, certificate.VerificationCode);
        if (certificate.Kind == CertificateKind.Transcript)
        {
            var lines = JsonSerializer.Deserialize<List<TranscriptLine>>(certificate.ContentJson ?? "[]") ?? [];
            return transcripts.Render(new TranscriptDocument(
                certificate.HolderName, certificate.InstitutionName, ProgrammeName, certificate.IssuedOn, lines,
                certificate.Ec, certificate.VerificationCode, url, certificate.Language));
        }

        return certificates.Render(new CertificateDocument(
            certificate.Kind, certificate.Title, certificate.HolderName, certificate.Ec, certificate.InstitutionName,
            certificate.IssuedOn, certificate.Grade, certificate.SignatoryName, certificate.VerificationCode, url,
            ProgrammeName, certificate.Language));
    }
}
