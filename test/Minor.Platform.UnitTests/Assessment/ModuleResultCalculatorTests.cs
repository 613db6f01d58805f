using System.Globalization;
using Minor.Platform.Assessment.Domain;

namespace Minor.Platform.UnitTests.Assessment;

/// <summary>
/// The module-result maths as a table. A component is written "weight:grade", "weight:grade:minimum", "pass",
/// "fail" (a pass/fail condition) or "weight:-" (no published grade yet).
/// </summary>
public sealed class ModuleResultCalculatorTests
{
    [Theory]
    [InlineData("50:5.0 50:5.9", RoundingRule.OneDecimalHalfUp, "5.5", ModuleOutcome.Passed, null)] // raw 5.45 rounds up and passes
    [InlineData("60:5.4 40:5.5", RoundingRule.OneDecimalHalfUp, "5.4", ModuleOutcome.Failed, "NV")] // raw 5.44 stays below
    [InlineData("50:5.0 50:6.0", RoundingRule.OneDecimalHalfUp, "5.5", ModuleOutcome.Passed, null)] // exactly 5.5
    [InlineData("33.3:6.0 33.3:7.0 33.3:8.0", RoundingRule.OneDecimalHalfUp, "7.0", ModuleOutcome.Passed, null)] // weights 99.9, exact in decimal
    [InlineData("49.9:5.0 50:6.0", RoundingRule.OneDecimalHalfUp, "5.5", ModuleOutcome.Passed, null)] // weights 99.9, raw 5.5005
    [InlineData("40:7.0 60:-", RoundingRule.OneDecimalHalfUp, null, ModuleOutcome.Incomplete, "ND")] // a missing component
    [InlineData("40:4.5:5.0 60:8.0", RoundingRule.OneDecimalHalfUp, "6.6", ModuleOutcome.Failed, "NV")] // a failed minimum despite 6.6
    [InlineData("40:5.0:5.0 60:8.0", RoundingRule.OneDecimalHalfUp, "6.8", ModuleOutcome.Passed, null)] // the minimum met exactly
    [InlineData("70:8.0 30:7.0 fail", RoundingRule.OneDecimalHalfUp, "7.7", ModuleOutcome.Failed, "NV")] // a pass/fail condition not met
    [InlineData("70:8.0 30:7.0 pass", RoundingRule.OneDecimalHalfUp, "7.7", ModuleOutcome.Passed, null)] // the condition met
    [InlineData("pass pass", RoundingRule.OneDecimalHalfUp, null, ModuleOutcome.Passed, "V")] // a pass/fail-only module
    [InlineData("pass fail", RoundingRule.OneDecimalHalfUp, null, ModuleOutcome.Failed, "NV")]
    [InlineData("50:5.0 50:5.9", RoundingRule.HalfGradeHalfUp, "5.5", ModuleOutcome.Passed, null)] // 5.45 to a half grade
    [InlineData("50:5.0 50:5.9", RoundingRule.WholeGradeHalfUp, "5", ModuleOutcome.Failed, "NV")] // 5.45 to a whole grade
    [InlineData("100:4.0", RoundingRule.OneDecimalHalfUp, "4.0", ModuleOutcome.Failed, "NV")]
    [InlineData("", RoundingRule.OneDecimalHalfUp, null, ModuleOutcome.Incomplete, "ND")] // no plan at all
    public void Compute_FollowsTheDutchRules(string components, RoundingRule rounding, string? grade, ModuleOutcome outcome, string? code)
    {
        var result = ModuleResultCalculator.Compute(Parse(components), rounding);

        result.Grade.ShouldBe(grade is null ? null : decimal.Parse(grade, CultureInfo.InvariantCulture));
        result.Outcome.ShouldBe(outcome);
        result.Code.ShouldBe(code);
    }

    [Fact]
    public void Compute_AMidpointFromSmallWeights_RoundsUpExactly()
    {
        // 3 × 10 % of 1.0 and 70 % of 7.5 is exactly 5.55, which binary floating point cannot hold (5.5499…).
        ModuleResultCalculator.Compute(Parse("10:1.0 10:1.0 10:1.0 70:7.5"), RoundingRule.OneDecimalHalfUp).Grade.ShouldBe(5.6m);
    }

    private static List<ComponentMark> Parse(string components) => components
        .Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(c =>
        {
            if (c is "pass" or "fail")
            {
                return new ComponentMark(0, GradingScale.PassFail, null, Mark.PassFail(c == "pass"));
            }

            var parts = c.Split(':');
            var weight = decimal.Parse(parts[0], CultureInfo.InvariantCulture);
            var mark = parts[1] == "-" ? (Mark?)null : Mark.Numeric(decimal.Parse(parts[1], CultureInfo.InvariantCulture));
            var minimum = parts.Length > 2 ? decimal.Parse(parts[2], CultureInfo.InvariantCulture) : (decimal?)null;
            return new ComponentMark(weight, GradingScale.Numeric, minimum, mark);
        })
        .ToList();
}
