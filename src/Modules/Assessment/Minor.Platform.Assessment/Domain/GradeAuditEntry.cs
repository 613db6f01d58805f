using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Assessment.Domain;

/// <summary>One line of the append-only grade log: what changed, by whom, when and why. Never updated.</summary>
public sealed class GradeAuditEntry : ITenantOwned
{
    private GradeAuditEntry()
    {
    }

    public GradeAuditEntry(Guid institutionId, Guid resultId, decimal? oldGrade, decimal newGrade, string reason, Guid? changedBy, DateTimeOffset changedAt)
    {
        Id = Guid.CreateVersion7();
        InstitutionId = institutionId;
        ResultId = resultId;
        OldGrade = oldGrade;
        NewGrade = newGrade;
        Reason = reason;
        ChangedBy = changedBy;
        ChangedAt = changedAt;
    }

    public Guid Id { get; private set; }

    public Guid InstitutionId { get; private set; }

    public Guid ResultId { get; private set; }

    public decimal? OldGrade { get; private set; }

    public decimal NewGrade { get; private set; }

    public string Reason { get; private set; } = "";

    public Guid? ChangedBy { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }
}
