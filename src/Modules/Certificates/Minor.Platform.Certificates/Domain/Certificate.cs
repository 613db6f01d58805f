using Minor.Platform.SharedKernel.Data;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Certificates.Domain;

/// <summary>
/// A certificate for one student and one subject (a module, the minor), created once (a unique key) and rendered by a
/// job. What it states is a snapshot taken when it was created, so a later change of name or title does not alter it.
/// </summary>
public sealed class Certificate : AuditedEntity, ITenantOwned
{
    private Certificate()
    {
    }

    public Certificate(
        Guid institutionId, Guid studentId, string kind, string subjectKey, Guid sourceId, string title, decimal ec,
        decimal? grade, string holderName, string institutionName, string? signatoryName, DateOnly issuedOn)
    {
        InstitutionId = institutionId;
        StudentId = studentId;
        Kind = kind;
        SubjectKey = subjectKey;
        SourceId = sourceId;
        Title = title;
        Ec = ec;
        Grade = grade;
        HolderName = holderName;
        InstitutionName = institutionName;
        SignatoryName = signatoryName;
        IssuedOn = issuedOn;
        VerificationCode = Domain.VerificationCode.New();
        Status = CertificateStatus.Pending;
    }

    public Guid InstitutionId { get; private set; }

    public Guid StudentId { get; private set; }

    public string Kind { get; private set; } = "";

    /// <summary>What the certificate is for within its kind: the module code for a module certificate.</summary>
    public string SubjectKey { get; private set; } = "";

    /// <summary>The record that earned it, e.g. the module result.</summary>
    public Guid SourceId { get; private set; }

    public string Title { get; private set; } = "";

    public decimal Ec { get; private set; }

    public decimal? Grade { get; private set; }

    public string HolderName { get; private set; } = "";

    public string InstitutionName { get; private set; } = "";

    public string? SignatoryName { get; private set; }

    public DateOnly IssuedOn { get; private set; }

    public string VerificationCode { get; private set; } = "";

    public CertificateStatus Status { get; private set; }

    public string? PdfBlobKey { get; private set; }

    /// <summary>SHA-256 of the issued PDF, hex, so anyone can check a file against it.</summary>
    public string? PdfSha256 { get; private set; }

    public DateTimeOffset? IssuedAt { get; private set; }

    public void MarkIssued(string blobKey, string sha256, DateTimeOffset now)
    {
        if (Status != CertificateStatus.Pending)
        {
            return;
        }

        PdfBlobKey = blobKey;
        PdfSha256 = sha256;
        IssuedAt = now;
        Status = CertificateStatus.Issued;
    }
}
