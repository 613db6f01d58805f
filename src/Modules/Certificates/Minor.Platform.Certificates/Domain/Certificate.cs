using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Data;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Certificates.Domain;

/// <summary>
/// A certificate for one student and one subject (a module, the minor, a transcript), created once per subject (a
/// unique key over the certificates that are not replaced) and rendered by a job. What it states is a snapshot taken
/// when it was created, so a later change of name or title does not alter an issued PDF; a reissue makes a new
/// certificate with a new code that replaces this one.
/// </summary>
public sealed class Certificate : AuditedEntity, ITenantOwned
{
    private Certificate()
    {
    }

    public Certificate(Guid institutionId, Guid studentId, string kind, string subjectKey, Guid sourceId, CertificateSnapshot snapshot)
    {
        InstitutionId = institutionId;
        StudentId = studentId;
        Kind = kind;
        SubjectKey = subjectKey;
        SourceId = sourceId;
        Title = snapshot.Title;
        Ec = snapshot.Ec;
        Grade = snapshot.Grade;
        HolderName = snapshot.HolderName;
        InstitutionName = snapshot.InstitutionName;
        SignatoryName = snapshot.SignatoryName;
        IssuedOn = snapshot.IssuedOn;
        Language = snapshot.Language;
        ContentJson = snapshot.ContentJson;
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

    /// <summary>"nl" or "en": the language the PDF is drawn in.</summary>
    public string Language { get; private set; } = "nl";

    /// <summary>Kind-specific content, e.g. a transcript's lines, as JSON.</summary>
    public string? ContentJson { get; private set; }

    public string VerificationCode { get; private set; } = "";

    public CertificateStatus Status { get; private set; }

    public string? PdfBlobKey { get; private set; }

    /// <summary>SHA-256 of the issued PDF, hex, so anyone can check a file against it.</summary>
    public string? PdfSha256 { get; private set; }

    public DateTimeOffset? IssuedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public string? RevocationReason { get; private set; }

    public Guid? ReplacedById { get; private set; }

    public string? ReplacedByCode { get; private set; }

    public int RenderAttempts { get; private set; }

    /// <summary>Why the last render failed; cleared when it succeeds. Hangfire retries the job.</summary>
    public string? LastRenderError { get; private set; }

    public CertificateSnapshot Snapshot =>
        new(Title, Ec, Grade, HolderName, InstitutionName, SignatoryName, IssuedOn, Language, ContentJson);

    public void MarkIssued(string blobKey, string sha256, DateTimeOffset now)
    {
        if (Status != CertificateStatus.Pending)
        {
            return;
        }

        PdfBlobKey = blobKey;
        PdfSha256 = sha256;
        IssuedAt = now;
        LastRenderError = null;
        Status = CertificateStatus.Issued;
    }

    public void RecordRenderFailure(string error)
    {
        RenderAttempts++;
        LastRenderError = error.Length > 1000 ? error[..1000] : error;
    }

    public void Revoke(string reason, DateTimeOffset now)
    {
        if (Status != CertificateStatus.Issued)
        {
            throw new BusinessRuleException("Certificates:NotIssued");
        }

        RevokedAt = now;
        RevocationReason = reason;
        Status = CertificateStatus.Revoked;
    }

    /// <summary>Makes the certificate that replaces this one, with a fresh snapshot and a new code.</summary>
    public Certificate Reissue(CertificateSnapshot snapshot)
    {
        if (Status is not (CertificateStatus.Issued or CertificateStatus.Revoked))
        {
            throw new BusinessRuleException("Certificates:NotIssued");
        }

        var successor = new Certificate(InstitutionId, StudentId, Kind, SubjectKey, SourceId, snapshot);
        ReplacedById = successor.Id;
        ReplacedByCode = successor.VerificationCode;
        Status = CertificateStatus.Replaced;
        return successor;
    }
}
