using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Assessment.Domain;

/// <summary>
/// A legal hold (for an appeal, a fraud case, a complaint): while it is in place, retention removes nothing of the
/// student's assessment records. Placed and lifted by the examencommissie; the row stays as the record of both.
/// </summary>
public sealed class LegalHold : ITenantOwned
{
    private LegalHold()
    {
    }

    public LegalHold(Guid institutionId, Guid studentId, string reason, Guid? placedBy, DateTimeOffset placedAt)
    {
        Id = Guid.CreateVersion7();
        InstitutionId = institutionId;
        StudentId = studentId;
        Reason = reason;
        PlacedBy = placedBy;
        PlacedAt = placedAt;
    }

    public Guid Id { get; private set; }

    public Guid InstitutionId { get; private set; }

    public Guid StudentId { get; private set; }

    public string Reason { get; private set; } = "";

    public Guid? PlacedBy { get; private set; }

    public DateTimeOffset PlacedAt { get; private set; }

    public DateTimeOffset? LiftedAt { get; private set; }

    public bool Active => LiftedAt is null;

    public void Lift(DateTimeOffset now) => LiftedAt ??= now;
}
