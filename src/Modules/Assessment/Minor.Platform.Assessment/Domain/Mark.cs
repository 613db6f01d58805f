namespace Minor.Platform.Assessment.Domain;

/// <summary>One grade: a number on the 1–10 scale or voldaan / niet voldaan, never both.</summary>
public readonly record struct Mark(decimal? Grade, bool? Passed)
{
    public static Mark Numeric(decimal grade) => new(grade, null);

    public static Mark PassFail(bool passed) => new(null, passed);

    /// <summary>True when the mark on its own is sufficient (5.5 or more, or voldaan).</summary>
    public bool IsSufficient => Grade is { } grade ? GradeRules.IsPass(grade) : Passed == true;

    public bool Fits(GradingScale scale) => scale == GradingScale.Numeric
        ? Grade is { } grade && GradeRules.IsValidGrade(grade) && Passed is null
        : Passed is not null && Grade is null;
}
