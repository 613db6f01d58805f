namespace Minor.Platform.Assessment.Domain;

/// <summary>The toetsmatrijs check: every learning outcome assessed, weighted assessments summing to 100 %.</summary>
public sealed record PlanCheck(IReadOnlyList<string> Gaps, decimal WeightSum)
{
    public const decimal FullWeight = 100m;

    public bool WeightsComplete => WeightSum == FullWeight;

    public bool CanPublish => Gaps.Count == 0 && WeightsComplete;

    /// <summary>A learning outcome is covered when at least one weighted (graded) assessment names it.</summary>
    public static PlanCheck Of(IEnumerable<string> learningOutcomeCodes, IReadOnlyCollection<PlannedAssessment> assessments)
    {
        var covered = assessments.Where(a => a.IsWeighted).SelectMany(a => a.LearningOutcomeCodes).ToHashSet(StringComparer.Ordinal);
        var gaps = learningOutcomeCodes.Where(code => !covered.Contains(code)).ToList();
        return new PlanCheck(gaps, assessments.Where(a => a.IsWeighted).Sum(a => a.Weight));
    }
}
