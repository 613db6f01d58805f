using Minor.Platform.Certificates.Data;
using Minor.Platform.Certificates.Domain;

namespace Minor.Platform.Certificates.Features.Issuing;

public static class CertificateReplacement
{
    /// <summary>
    /// Replaces a certificate by a new one with a new code, in one transaction. The old row leaves the unique key
    /// (one live certificate per student and subject) in a first statement, before the new row enters it.
    /// </summary>
    public static async Task<Certificate> ReplaceAsync(
        this CertificatesDbContext db, Certificate current, CertificateSnapshot snapshot, CertificateAuditEntry? audit, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var successor = current.Reissue(snapshot);
        if (audit is not null)
        {
            db.Audit.Add(audit);
        }

        await db.SaveChangesAsync(cancellationToken);
        db.Certificates.Add(successor);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return successor;
    }
}
