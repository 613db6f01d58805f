using Microsoft.EntityFrameworkCore;
using Minor.Platform.Certificates.Data;
using Minor.Platform.Certificates.Domain;
using Minor.Platform.SharedKernel.Privacy;

namespace Minor.Platform.Certificates.Features;

/// <summary>The person's certificates, replaced and revoked ones included, with the issued PDFs as files.</summary>
public sealed class CertificatePersonalData(CertificatesDbContext db) : IPersonalDataSource
{
    public string Module => "certificates";

    public async Task<PersonalData> CollectAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        var certificates = await db.Certificates.IgnoreQueryFilters().AsNoTracking().Where(c => c.StudentId == subject.UserId)
            .OrderBy(c => c.CreatedAt).ToListAsync(cancellationToken);
        var files = certificates.Where(c => c.PdfBlobKey is not null && c.Status != CertificateStatus.Pending)
            .Select(c => new PersonalFile($"{c.Kind}-{c.SubjectKey}-{c.VerificationCode}.pdf", c.PdfBlobKey!)).ToList();
        return new PersonalData(
            certificates.Select(c => new
            {
                c.Id, c.Kind, c.Title, c.Ec, c.Grade, c.HolderName, c.InstitutionName, c.IssuedOn, c.VerificationCode,
                Status = c.Status.ToString(), c.RevokedAt, c.RevocationReason, c.ReplacedByCode, c.PdfSha256,
            }).ToList(),
            files);
    }
}
