using Minor.Platform.SharedKernel.Data;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Assessment.Domain;

public enum PlanStatus
{
    Draft,
    Published,
}

/// <summary>
/// The toetsplan of one module in one cohort. While it is a draft lecturers shape its assessments; once published the
/// blueprint is fixed and examiners grade against it.
/// </summary>
public sealed class AssessmentPlan : AuditedEntity, ITenantOwned
{
    private AssessmentPlan()
    {
    }

    public AssessmentPlan(Guid institutionId, Guid cohortId, string courseCode)
    {
        InstitutionId = institutionId;
        CohortId = cohortId;
        CourseCode = courseCode;
    }

    public Guid InstitutionId { get; private set; }

    public Guid CohortId { get; private set; }

    public string CourseCode { get; private set; } = "";

    public PlanStatus Status { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public void Publish(DateTimeOffset now)
    {
        Status = PlanStatus.Published;
        PublishedAt = now;
    }
}
