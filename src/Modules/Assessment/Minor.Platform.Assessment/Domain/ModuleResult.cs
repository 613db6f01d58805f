using Minor.Platform.SharedKernel.Data;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Assessment.Domain;

/// <summary>A student's published result for one module in one cohort.</summary>
public sealed class ModuleResult : AuditedEntity, ITenantOwned
{
    private ModuleResult()
    {
    }

    public ModuleResult(Guid institutionId, Guid cohortId, string courseCode, Guid studentId, decimal grade, Guid? examinerId, DateTimeOffset publishedAt)
    {
        if (!GradeRules.IsValidGrade(grade))
        {
            throw new ArgumentOutOfRangeException(nameof(grade), grade, "A grade is 1.0 to 10.0 with one decimal.");
        }

        InstitutionId = institutionId;
        CohortId = cohortId;
        CourseCode = courseCode;
        StudentId = studentId;
        Grade = grade;
        ExaminerId = examinerId;
        PublishedAt = publishedAt;
    }

    public Guid InstitutionId { get; private set; }

    public Guid CohortId { get; private set; }

    public string CourseCode { get; private set; } = "";

    public Guid StudentId { get; private set; }

    public decimal Grade { get; private set; }

    public bool Passed => GradeRules.IsPass(Grade);

    public Guid? ExaminerId { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }
}
