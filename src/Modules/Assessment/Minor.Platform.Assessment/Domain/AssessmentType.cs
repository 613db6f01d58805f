namespace Minor.Platform.Assessment.Domain;

/// <summary>The kinds of assessment the minor uses. The API names them by their Dutch codes, see <see cref="AssessmentTypes"/>.</summary>
public enum AssessmentType
{
    KnowledgeTest,
    Paper,
    Report,
    Portfolio,
    Presentation,
    CriterionBasedInterview,
    PracticalAssignment,
    Attendance,
}

/// <summary>How a component is graded: 1 to 10 with one decimal, or voldaan / niet voldaan.</summary>
public enum GradingScale
{
    Numeric,
    PassFail,
}

/// <summary>How two examiners' grades become the final grade when they agree within the margin.</summary>
public enum FinalGradeRule
{
    /// <summary>The mean of the two grades, half up to one decimal.</summary>
    Mean,

    /// <summary>The grade of the examiner who graded first (the examiner of record).</summary>
    ExaminerOfRecord,
}

/// <summary>The Dutch codes lecturers know, used in the API and CSV exports.</summary>
public static class AssessmentTypes
{
    private static readonly Dictionary<string, AssessmentType> ByCode = new(StringComparer.OrdinalIgnoreCase)
    {
        ["kennistoets"] = AssessmentType.KnowledgeTest,
        ["paper"] = AssessmentType.Paper,
        ["rapport"] = AssessmentType.Report,
        ["portfolio"] = AssessmentType.Portfolio,
        ["presentatie"] = AssessmentType.Presentation,
        ["criteriumgericht-interview"] = AssessmentType.CriterionBasedInterview,
        ["praktijkopdracht"] = AssessmentType.PracticalAssignment,
        ["aanwezigheid"] = AssessmentType.Attendance,
    };

    public static IReadOnlyCollection<string> Codes => ByCode.Keys;

    public static AssessmentType? Parse(string? code) =>
        code is not null && ByCode.TryGetValue(code.Trim(), out var type) ? type : null;

    public static string CodeOf(AssessmentType type) => ByCode.First(pair => pair.Value == type).Key;

    public static GradingScale? ParseScale(string? scale) => scale?.Trim().ToLowerInvariant() switch
    {
        "numeric" => GradingScale.Numeric,
        "passfail" => GradingScale.PassFail,
        _ => null,
    };

    public static string CodeOf(GradingScale scale) => scale == GradingScale.Numeric ? "numeric" : "passfail";
}
