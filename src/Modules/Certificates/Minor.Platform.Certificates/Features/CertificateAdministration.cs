using Microsoft.EntityFrameworkCore;
using Minor.Platform.Certificates.Data;
using Minor.Platform.Certificates.Domain;

namespace Minor.Platform.Certificates.Features;

public sealed record CertificateListItem(
    Guid Id, Guid StudentId, string HolderName, string Kind, string Title, string Status, string VerificationCode,
    DateOnly IssuedOn, string? LastRenderError, int RenderAttempts, string? ReplacedByCode);

public sealed record CertificateHistoryLine(string Action, string? Reason, Guid? ActorId, DateTimeOffset At);

/// <summary>What coordinators and the examencommissie read about their hogeschool's certificates.</summary>
public sealed class CertificateAdministration(CertificatesDbContext db)
{
    public async Task<IReadOnlyList<CertificateListItem>> ListAsync(CancellationToken cancellationToken) =>
        (await db.Certificates.AsNoTracking()
            .OrderBy(c => c.HolderName).ThenBy(c => c.SubjectKey).ThenBy(c => c.CreatedAt)
            .Select(c => new
            {
                c.Id, c.StudentId, c.HolderName, c.Kind, c.Title, c.Status, c.VerificationCode, c.IssuedOn,
                c.LastRenderError, c.RenderAttempts, c.ReplacedByCode,
            })
            .ToListAsync(cancellationToken))
        .Select(c => new CertificateListItem(c.Id, c.StudentId, c.HolderName, c.Kind, c.Title, Name(c.Status),
            c.VerificationCode, c.IssuedOn, c.LastRenderError, c.RenderAttempts, c.ReplacedByCode))
        .ToList();

    public async Task<IReadOnlyList<CertificateHistoryLine>?> HistoryAsync(Guid certificateId, CancellationToken cancellationToken)
    {
        if (!await db.Certificates.AnyAsync(c => c.Id == certificateId, cancellationToken))
        {
            return null;
        }

        return await db.Audit.AsNoTracking().Where(a => a.CertificateId == certificateId)
            .OrderBy(a => a.At)
            .Select(a => new CertificateHistoryLine(a.Action, a.Reason, a.ActorId, a.At))
            .ToListAsync(cancellationToken);
    }

    public static string Name(CertificateStatus status) => status.ToString().ToLowerInvariant();
}
