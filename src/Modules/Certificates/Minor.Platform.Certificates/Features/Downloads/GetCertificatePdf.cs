using Microsoft.EntityFrameworkCore;
using Minor.Platform.Certificates.Data;
using Minor.Platform.Certificates.Domain;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Blobs;
using Minor.Platform.SharedKernel.Files;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Certificates.Features.Downloads;

/// <summary>The holder, or a coordinator of the same hogeschool, downloads an issued certificate.</summary>
public sealed class GetCertificatePdfQuery(CertificatesDbContext db, IBlobStore blobs, ICurrentUser currentUser)
{
    public async Task<StoredFile> HandleAsync(Guid certificateId, CancellationToken cancellationToken)
    {
        var certificate = await db.Certificates.AsNoTracking()
            .Where(c => c.Id == certificateId && c.Status == CertificateStatus.Issued)
            .Select(c => new { c.StudentId, c.PdfBlobKey, c.SubjectKey, c.Kind })
            .FirstOrDefaultAsync(cancellationToken);
        var mayRead = certificate is not null
                      && (currentUser.IsInRole(Roles.Coordinator) || certificate.StudentId == currentUser.UserId);
        if (!mayRead || certificate!.PdfBlobKey is null)
        {
            throw new NotFoundException("certificate");
        }

        var content = await blobs.OpenReadAsync(certificate.PdfBlobKey, cancellationToken)
                      ?? throw new NotFoundException("certificate file");
        return new StoredFile($"certificaat-{certificate.Kind}-{certificate.SubjectKey}.pdf".ToLowerInvariant(), "application/pdf", content);
    }
}
