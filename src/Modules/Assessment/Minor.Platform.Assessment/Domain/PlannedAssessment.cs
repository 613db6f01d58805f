using Minor.Platform.SharedKernel.Data;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Assessment.Domain;

/// <summary>What a lecturer decides about one assessment; checked by the handler before it reaches an entity.</summary>
public sealed record AssessmentDefinition(
    string Title,
    AssessmentType Type,
    decimal Weight,
    IReadOnlyList<string> LearningOutcomeCodes,
    GradingScale Scale,
    decimal? MinimumGrade,
    int ExaminersRequired,
    decimal CalibrationMargin,
    FinalGradeRule FinalRule,
    DateTimeOffset? Deadline,
    DateTimeOffset? ResitDeadline,
    LateHandIn LateHandIn = LateHandIn.MarkLate,
    bool Anonymous = false);

/// <summary>One assessment (toets) of a module's plan: what it weighs, which learning outcomes it covers, how it is graded.</summary>
public sealed class PlannedAssessment : AuditedEntity, ITenantOwned
{
    public const decimal DefaultCalibrationMargin = 1.0m;

    private PlannedAssessment()
    {
    }

    /// <param name="position">Where the assessment stands in the plan: the order lecturers set it up in.</param>
    public PlannedAssessment(AssessmentPlan plan, AssessmentDefinition definition, int position)
    {
        Position = position;
        InstitutionId = plan.InstitutionId;
        PlanId = plan.Id;
        CohortId = plan.CohortId;
        CourseCode = plan.CourseCode;
        Define(definition);
    }

    public Guid InstitutionId { get; private set; }

    public Guid PlanId { get; private set; }

    public Guid CohortId { get; private set; }

    public string CourseCode { get; private set; } = "";

    public string Title { get; private set; } = "";

    public int Position { get; private set; }

    public AssessmentType Type { get; private set; }

    /// <summary>Share of the module result in percent; 0 for a pass/fail condition.</summary>
    public decimal Weight { get; private set; }

    public List<string> LearningOutcomeCodes { get; private set; } = [];

    public GradingScale Scale { get; private set; }

    public decimal? MinimumGrade { get; private set; }

    public int ExaminersRequired { get; private set; } = 1;

    /// <summary>Two examiners who differ by more than this go to calibration.</summary>
    public decimal CalibrationMargin { get; private set; } = DefaultCalibrationMargin;

    public FinalGradeRule FinalRule { get; private set; }

    public DateTimeOffset? Deadline { get; private set; }

    public DateTimeOffset? ResitDeadline { get; private set; }

    public LateHandIn LateHandIn { get; private set; }

    /// <summary>Examiners see a candidate number instead of the student's name until the grade is published.</summary>
    public bool Anonymous { get; private set; }

    /// <summary>A stable candidate number for anonymous grading: the same for this student on this assessment, different elsewhere.</summary>
    public string CandidateNumber(Guid studentId) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.ASCII.GetBytes($"{Id:N}{studentId:N}")))[..6];

    /// <summary>True when the assessment counts towards the weighted module grade.</summary>
    public bool IsWeighted => Scale == GradingScale.Numeric && Weight > 0;

    public void Define(AssessmentDefinition definition)
    {
        Title = definition.Title;
        Type = definition.Type;
        Weight = definition.Weight;
        LearningOutcomeCodes = [.. definition.LearningOutcomeCodes];
        Scale = definition.Scale;
        MinimumGrade = definition.MinimumGrade;
        ExaminersRequired = definition.ExaminersRequired;
        CalibrationMargin = definition.CalibrationMargin;
        FinalRule = definition.FinalRule;
        Deadline = definition.Deadline?.ToUniversalTime();
        ResitDeadline = definition.ResitDeadline?.ToUniversalTime();
        LateHandIn = definition.LateHandIn;
        Anonymous = definition.Anonymous;
    }
}
