using Minor.Platform.SharedKernel.Data;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Tracks.Domain;

/// <summary>The fact that a student completed the minor in a cohort; at most one per student and cohort.</summary>
public sealed class MinorCompletion : AuditedEntity, ITenantOwned
{
    private MinorCompletion()
    {
    }

    public MinorCompletion(Guid institutionId, Guid cohortId, Guid studentId, decimal totalEc, DateTimeOffset completedAt)
    {
        InstitutionId = institutionId;
        CohortId = cohortId;
        StudentId = studentId;
        TotalEc = totalEc;
        CompletedAt = completedAt;
    }

    public Guid InstitutionId { get; private set; }

    public Guid CohortId { get; private set; }

    public Guid StudentId { get; private set; }

    public decimal TotalEc { get; private set; }

    public DateTimeOffset CompletedAt { get; private set; }
}
