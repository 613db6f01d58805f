using Microsoft.EntityFrameworkCore;
using Minor.Platform.Certificates.Contracts;
using Minor.Platform.Certificates.Data;
using Minor.Platform.Certificates.Domain;

namespace Minor.Platform.Certificates.Features;

public sealed class CertificateQueries(CertificatesDbContext db) : ICertificateQueries
{
    public async Task<IReadOnlyList<CertificateSummaryDto>> ListOfStudentAsync(Guid studentId, CancellationToken cancellationToken) =>
        (await db.Certificates.AsNoTracking().Where(c => c.StudentId == studentId && c.Status != CertificateStatus.Replaced)
            .OrderBy(c => c.SubjectKey)
            .Select(c => new { c.Id, c.Kind, c.Title, c.Status, c.VerificationCode })
            .ToListAsync(cancellationToken))
        .Select(c => new CertificateSummaryDto(c.Id, c.Kind, c.Title, CertificateAdministration.Name(c.Status), c.VerificationCode))
        .ToList();
}
