using Minor.Platform.Assessment.Domain;

namespace Minor.Platform.UnitTests.Assessment;

public sealed class GradeRulesTests
{
    [Theory]
    [InlineData("5.45", RoundingRule.OneDecimalHalfUp, "5.5")]
    [InlineData("5.44", RoundingRule.OneDecimalHalfUp, "5.4")]
    [InlineData("5.55", RoundingRule.OneDecimalHalfUp, "5.6")]
    [InlineData("9.95", RoundingRule.OneDecimalHalfUp, "10.0")]
    [InlineData("5.45", RoundingRule.WholeGradeHalfUp, "5")]
    [InlineData("5.5", RoundingRule.WholeGradeHalfUp, "6")]
    [InlineData("5.74", RoundingRule.HalfGradeHalfUp, "5.5")]
    [InlineData("5.75", RoundingRule.HalfGradeHalfUp, "6.0")]
    [InlineData("5.24", RoundingRule.HalfGradeHalfUp, "5.0")]
    public void Round_DutchEdgeCases_FollowTheOerRule(string raw, RoundingRule rule, string expected) =>
        GradeRules.Round(decimal.Parse(raw, System.Globalization.CultureInfo.InvariantCulture), rule)
            .ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("5.4", false)]
    [InlineData("5.5", true)]
    [InlineData("5.6", true)]
    [InlineData("1.0", false)]
    [InlineData("10.0", true)]
    public void IsPass_AtTheMark_PassesFromFivePointFive(string grade, bool passes) =>
        GradeRules.IsPass(decimal.Parse(grade, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(passes);

    [Fact]
    public void IsPass_RawFivePointFourFiveRoundedFirst_Passes()
    {
        GradeRules.IsPass(5.45m).ShouldBeFalse();
        GradeRules.IsPass(GradeRules.Round(5.45m, RoundingRule.OneDecimalHalfUp)).ShouldBeTrue();
    }

    [Theory]
    [InlineData("1.0", true)]
    [InlineData("10.0", true)]
    [InlineData("7.5", true)]
    [InlineData("0.9", false)]
    [InlineData("10.1", false)]
    [InlineData("5.55", false)]
    [InlineData("9.95", false)]
    public void IsValidGrade_OneToTenWithOneDecimal(string grade, bool valid) =>
        GradeRules.IsValidGrade(decimal.Parse(grade, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(valid);
}
