using Minor.Platform.SharedKernel.Data;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Certificates.Domain;

/// <summary>
/// A coordinator's request to issue every certificate of a cohort. Its progress is not counted here but read from the
/// certificates themselves, so a crash part-way loses nothing and counts nothing twice.
/// </summary>
public sealed class BulkIssue : AuditedEntity, ITenantOwned
{
    private BulkIssue()
    {
    }

    public BulkIssue(Guid institutionId, Guid cohortId, DateTimeOffset requestedAt)
    {
        InstitutionId = institutionId;
        CohortId = cohortId;
        RequestedAt = requestedAt;
    }

    public Guid InstitutionId { get; private set; }

    public Guid CohortId { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    /// <summary>When the job had created every missing certificate and queued every render.</summary>
    public DateTimeOffset? PlannedAt { get; private set; }

    public void MarkPlanned(DateTimeOffset now) => PlannedAt ??= now;
}
