using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Assessment.Domain;

public enum GradeEvent
{
    Graded,
    Calibrated,
    Published,
    Changed,
}

/// <summary>One line of the append-only grade log: what happened to whose grade, by whom, when and why. Never updated.</summary>
public sealed class GradeAuditEntry : ITenantOwned
{
    private GradeAuditEntry()
    {
    }

    public GradeAuditEntry(
        Guid institutionId, Guid assessmentId, Guid studentId, GradeEvent kind, Mark? oldMark, Mark newMark, string? reason, Guid? changedBy, DateTimeOffset changedAt)
    {
        Id = Guid.CreateVersion7();
        InstitutionId = institutionId;
        AssessmentId = assessmentId;
        StudentId = studentId;
        Kind = kind;
        OldGrade = oldMark?.Grade;
        OldPassed = oldMark?.Passed;
        NewGrade = newMark.Grade;
        NewPassed = newMark.Passed;
        Reason = reason;
        ChangedBy = changedBy;
        ChangedAt = changedAt;
    }

    public Guid Id { get; private set; }

    public Guid InstitutionId { get; private set; }

    public Guid AssessmentId { get; private set; }

    public Guid StudentId { get; private set; }

    public GradeEvent Kind { get; private set; }

    public decimal? OldGrade { get; private set; }

    public bool? OldPassed { get; private set; }

    public decimal? NewGrade { get; private set; }

    public bool? NewPassed { get; private set; }

    public string? Reason { get; private set; }

    public Guid? ChangedBy { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }
}
