using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Assessment.Domain;

/// <summary>One level of a rubric criterion: what the work shows at that level and what it earns.</summary>
public sealed class RubricLevel
{
    public string Descriptor { get; set; } = "";

    public decimal Points { get; set; }
}

/// <summary>A criterion of an assessment's rubric, linked to the learning outcome it judges, with its levels in order.</summary>
public sealed class RubricCriterion : ITenantOwned
{
    private RubricCriterion()
    {
    }

    public RubricCriterion(PlannedAssessment assessment, int order, string title, string? learningOutcomeCode, IEnumerable<RubricLevel> levels)
    {
        Id = Guid.CreateVersion7();
        InstitutionId = assessment.InstitutionId;
        AssessmentId = assessment.Id;
        Order = order;
        Title = title;
        LearningOutcomeCode = learningOutcomeCode;
        Levels = [.. levels];
    }

    public Guid Id { get; private set; }

    public Guid InstitutionId { get; private set; }

    public Guid AssessmentId { get; private set; }

    public int Order { get; private set; }

    public string Title { get; private set; } = "";

    public string? LearningOutcomeCode { get; private set; }

    public List<RubricLevel> Levels { get; private set; } = [];

    public decimal MaxPoints => Levels.Max(l => l.Points);
}

/// <summary>The level an examiner chose for one criterion, with the points it earned at the time.</summary>
public sealed class RubricScore
{
    public Guid CriterionId { get; set; }

    public int Level { get; set; }

    public decimal Points { get; set; }
}

/// <summary>
/// The documented rubric formula: grade = 1 + 9 × (points earned ÷ maximum points), rounded half up to one decimal.
/// All criteria at their lowest level with 0 points give 1.0; all at their highest give 10.0.
/// </summary>
public static class RubricFormula
{
    public static decimal Propose(IReadOnlyCollection<RubricCriterion> criteria, IReadOnlyCollection<RubricScore> scores)
    {
        var maximum = criteria.Sum(c => c.MaxPoints);
        var earned = scores.Sum(s => s.Points);
        return maximum == 0 ? GradeRules.Minimum : GradeRules.Round(GradeRules.Minimum + (9m * earned / maximum), RoundingRule.OneDecimalHalfUp);
    }
}
