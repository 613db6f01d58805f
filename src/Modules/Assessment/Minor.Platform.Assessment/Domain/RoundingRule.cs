namespace Minor.Platform.Assessment.Domain;

/// <summary>How the OER (onderwijs- en examenregeling) rounds a computed grade; a setting per programme.</summary>
public enum RoundingRule
{
    /// <summary>Half up to one decimal: 5.45 becomes 5.5. The usual rule for assessments.</summary>
    OneDecimalHalfUp,

    /// <summary>Half up to a half grade: 5.74 becomes 5.5, 5.75 becomes 6.0. Used for some final results.</summary>
    HalfGradeHalfUp,

    /// <summary>Half up to a whole grade: 5.45 becomes 5, 5.5 becomes 6.</summary>
    WholeGradeHalfUp,
}
