using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Certificates.Domain;

/// <summary>One line of the append-only certificate log: issue, revocation, reissue, with who, when and why.</summary>
public sealed class CertificateAuditEntry : ITenantOwned
{
    public const string Issued = "issued";
    public const string Revoked = "revoked";
    public const string Reissued = "reissued";

    private CertificateAuditEntry()
    {
    }

    public CertificateAuditEntry(Guid institutionId, Guid certificateId, string action, string? reason, Guid? actorId, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        InstitutionId = institutionId;
        CertificateId = certificateId;
        Action = action;
        Reason = reason;
        ActorId = actorId;
        At = at;
    }

    public Guid Id { get; private set; }

    public Guid InstitutionId { get; private set; }

    public Guid CertificateId { get; private set; }

    public string Action { get; private set; } = "";

    public string? Reason { get; private set; }

    public Guid? ActorId { get; private set; }

    public DateTimeOffset At { get; private set; }
}
