namespace Minor.Platform.Assessment.Domain;

/// <summary>Dutch grading: 1 to 10 with one decimal, 5.5 or higher passes, rounding as the OER says.</summary>
public static class GradeRules
{
    public const decimal Minimum = 1.0m;
    public const decimal Maximum = 10.0m;
    public const decimal PassMark = 5.5m;

    /// <summary>True for a grade an examiner may enter: 1.0 to 10.0 with at most one decimal.</summary>
    public static bool IsValidGrade(decimal grade) =>
        grade is >= Minimum and <= Maximum && decimal.Round(grade, 1) == grade;

    public static bool IsPass(decimal grade) => grade >= PassMark;

    public static decimal Round(decimal raw, RoundingRule rule) => rule switch
    {
        RoundingRule.OneDecimalHalfUp => decimal.Round(raw, 1, MidpointRounding.AwayFromZero),
        RoundingRule.HalfGradeHalfUp => decimal.Round(raw * 2, 0, MidpointRounding.AwayFromZero) / 2,
        RoundingRule.WholeGradeHalfUp => decimal.Round(raw, 0, MidpointRounding.AwayFromZero),
        _ => throw new ArgumentOutOfRangeException(nameof(rule)),
    };
}
