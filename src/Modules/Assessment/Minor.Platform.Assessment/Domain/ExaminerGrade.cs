using Minor.Platform.SharedKernel.Data;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Assessment.Domain;

/// <summary>One examiner's own grade for one student's work, given blind to any other examiner.</summary>
public sealed class ExaminerGrade : AuditedEntity, ITenantOwned
{
    private ExaminerGrade()
    {
    }

    public ExaminerGrade(PlannedAssessment assessment, Guid studentId, Guid examinerId, Mark mark, string? feedback, DateTimeOffset now)
    {
        InstitutionId = assessment.InstitutionId;
        AssessmentId = assessment.Id;
        StudentId = studentId;
        ExaminerId = examinerId;
        Revise(mark, feedback, now);
    }

    public Guid InstitutionId { get; private set; }

    public Guid AssessmentId { get; private set; }

    public Guid StudentId { get; private set; }

    public Guid ExaminerId { get; private set; }

    public decimal? Grade { get; private set; }

    public bool? Passed { get; private set; }

    public string? Feedback { get; private set; }

    public DateTimeOffset GradedAt { get; private set; }

    /// <summary>The rubric levels chosen, when the examiner graded through the rubric.</summary>
    public List<RubricScore> RubricScores { get; private set; } = [];

    /// <summary>What the rubric proposed; differs from <see cref="Grade"/> only when the examiner overrode it with a reason.</summary>
    public decimal? ProposedGrade { get; private set; }

    public Mark Mark => new(Grade, Passed);

    public void ScoreRubric(IReadOnlyList<RubricScore> scores, decimal? proposed)
    {
        RubricScores = [.. scores];
        ProposedGrade = proposed;
    }

    public void Revise(Mark mark, string? feedback, DateTimeOffset now)
    {
        Grade = mark.Grade;
        Passed = mark.Passed;
        Feedback = feedback;
        GradedAt = now;
    }
}
