using Minor.Platform.SharedKernel.Data;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Assessment.Domain;

public enum GradeState
{
    /// <summary>Not every required examiner has graded yet.</summary>
    AwaitingExaminers,

    /// <summary>Two examiners differ by more than the margin: a third examiner or an agreed grade decides.</summary>
    NeedsCalibration,

    /// <summary>A final grade that may be published.</summary>
    Final,
}

/// <summary>A student's grade for one assessment as the examiners settled it, and whether students may see it.</summary>
public sealed class StudentGrade : AuditedEntity, ITenantOwned
{
    private StudentGrade()
    {
    }

    public StudentGrade(PlannedAssessment assessment, Guid studentId)
    {
        InstitutionId = assessment.InstitutionId;
        AssessmentId = assessment.Id;
        CohortId = assessment.CohortId;
        CourseCode = assessment.CourseCode;
        StudentId = studentId;
    }

    public Guid InstitutionId { get; private set; }

    public Guid AssessmentId { get; private set; }

    public Guid CohortId { get; private set; }

    public string CourseCode { get; private set; } = "";

    public Guid StudentId { get; private set; }

    public GradeState State { get; private set; }

    public decimal? Grade { get; private set; }

    public bool? Passed { get; private set; }

    /// <summary>True when the final grade came from a calibration rather than from the examiners' own grades.</summary>
    public bool Calibrated { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public Guid? PublishedBy { get; private set; }

    public bool IsPublished => PublishedAt is not null;

    public Mark Mark => new(Grade, Passed);

    /// <summary>Settles the grade from the examiners' grades, unless a calibration already decided it.</summary>
    public void Resolve(DoubleMarkingOutcome outcome)
    {
        if (Calibrated)
        {
            return;
        }

        State = outcome.State;
        Grade = outcome.Mark?.Grade;
        Passed = outcome.Mark?.Passed;
    }

    public void Calibrate(Mark mark)
    {
        State = GradeState.Final;
        Grade = mark.Grade;
        Passed = mark.Passed;
        Calibrated = true;
    }

    public void Publish(Guid? by, DateTimeOffset now)
    {
        PublishedAt = now;
        PublishedBy = by;
    }

    /// <summary>A change after publication; the caller logs it with its reason.</summary>
    public void Change(Mark mark)
    {
        Grade = mark.Grade;
        Passed = mark.Passed;
    }
}
