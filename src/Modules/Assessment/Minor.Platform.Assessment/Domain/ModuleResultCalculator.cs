using Minor.Platform.Assessment.Contracts;

namespace Minor.Platform.Assessment.Domain;

public enum ModuleOutcome
{
    Passed,
    Failed,
    Exempt,
    Incomplete,
}

/// <summary>One component of a module result: how it is graded and the student's published final mark, if any.</summary>
public sealed record ComponentMark(decimal Weight, GradingScale Scale, decimal? MinimumGrade, Mark? Mark);

public sealed record ComputedResult(decimal? Grade, ModuleOutcome Outcome, string? Code);

/// <summary>
/// The module result: the weighted mean of the numeric components (decimal arithmetic), rounded by the OER rule;
/// passed when the rounded grade is at least 5.5, every component meets its minimum and every pass/fail condition
/// is met. Codes: ND (a component has no final grade yet), NV (niet voldaan), V (voldaan, a pass/fail-only module).
/// </summary>
public static class ModuleResultCalculator
{
    public static ComputedResult Compute(IReadOnlyCollection<ComponentMark> components, RoundingRule rounding)
    {
        if (components.Count == 0 || components.Any(c => c.Mark is null))
        {
            return new ComputedResult(null, ModuleOutcome.Incomplete, ModuleResultCodes.Missing);
        }

        var conditionsMet = components.All(c => c.Scale == GradingScale.PassFail
            ? c.Mark!.Value.Passed == true
            : c.MinimumGrade is not { } minimum || c.Mark!.Value.Grade >= minimum);

        var weighted = components.Where(c => c.Scale == GradingScale.Numeric && c.Weight > 0).ToList();
        var totalWeight = weighted.Sum(c => c.Weight);
        if (totalWeight == 0)
        {
            return conditionsMet
                ? new ComputedResult(null, ModuleOutcome.Passed, ModuleResultCodes.Satisfied)
                : new ComputedResult(null, ModuleOutcome.Failed, ModuleResultCodes.Failed);
        }

        var raw = weighted.Sum(c => c.Weight * c.Mark!.Value.Grade!.Value) / totalWeight;
        var grade = GradeRules.Round(raw, rounding);
        return conditionsMet && GradeRules.IsPass(grade)
            ? new ComputedResult(grade, ModuleOutcome.Passed, null)
            : new ComputedResult(grade, ModuleOutcome.Failed, ModuleResultCodes.Failed);
    }
}
