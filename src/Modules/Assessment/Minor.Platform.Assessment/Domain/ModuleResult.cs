using Minor.Platform.SharedKernel.Data;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Assessment.Domain;

/// <summary>A student's module result in one cohort, computed from the published final grades of the module's plan.</summary>
public sealed class ModuleResult : AuditedEntity, ITenantOwned
{
    private ModuleResult()
    {
    }

    public ModuleResult(Guid institutionId, Guid cohortId, string courseCode, Guid studentId)
    {
        InstitutionId = institutionId;
        CohortId = cohortId;
        CourseCode = courseCode;
        StudentId = studentId;
        Outcome = ModuleOutcome.Incomplete;
    }

    public Guid InstitutionId { get; private set; }

    public Guid CohortId { get; private set; }

    public string CourseCode { get; private set; } = "";

    public Guid StudentId { get; private set; }

    public decimal? Grade { get; private set; }

    public ModuleOutcome Outcome { get; private set; }

    public string? Code { get; private set; }

    public bool Passed => Outcome == ModuleOutcome.Passed;

    /// <summary>The examiner who published the grade that settled this result.</summary>
    public Guid? ExaminerId { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }

    /// <summary>Takes the newly computed result; true when the student passes now and did not before.</summary>
    public bool Apply(ComputedResult computed, Guid? examinerId, DateTimeOffset now)
    {
        var newlyPassed = computed.Outcome == ModuleOutcome.Passed && !Passed;
        if (computed.Grade == Grade && computed.Outcome == Outcome && computed.Code == Code)
        {
            return false;
        }

        Grade = computed.Grade;
        Outcome = computed.Outcome;
        Code = computed.Code;
        ExaminerId = examinerId;
        PublishedAt = now;
        return newlyPassed;
    }
}
