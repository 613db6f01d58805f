using System.Globalization;
using Minor.Platform.Assessment.Domain;

namespace Minor.Platform.UnitTests.Assessment;

public sealed class DoubleMarkingTests
{
    [Theory]
    [InlineData(2, "7.0 8.0", FinalGradeRule.Mean, GradeState.Final, "7.5")] // one point apart is within the margin
    [InlineData(2, "6.0 6.5", FinalGradeRule.Mean, GradeState.Final, "6.3")] // the mean 6.25 rounds half up
    [InlineData(2, "6.0 7.1", FinalGradeRule.Mean, GradeState.NeedsCalibration, null)] // more than the margin apart
    [InlineData(2, "6.0 7.0", FinalGradeRule.ExaminerOfRecord, GradeState.Final, "6.0")]
    [InlineData(2, "6.0", FinalGradeRule.Mean, GradeState.AwaitingExaminers, null)] // the second examiner has not graded
    [InlineData(1, "6.0", FinalGradeRule.Mean, GradeState.Final, "6.0")]
    [InlineData(1, "", FinalGradeRule.Mean, GradeState.AwaitingExaminers, null)]
    public void Resolve_NumericGrades(int examiners, string marks, FinalGradeRule rule, GradeState state, string? final)
    {
        var assessment = Assessment(GradingScale.Numeric, examiners, rule);
        var outcome = DoubleMarking.Resolve(assessment, marks.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(m => Mark.Numeric(decimal.Parse(m, CultureInfo.InvariantCulture))).ToList());

        outcome.State.ShouldBe(state);
        outcome.Mark?.Grade.ShouldBe(final is null ? null : decimal.Parse(final, CultureInfo.InvariantCulture));
        if (final is null)
        {
            outcome.Mark.ShouldBeNull();
        }
    }

    [Fact]
    public void Resolve_PassFail_DisagreementGoesToCalibration()
    {
        var assessment = Assessment(GradingScale.PassFail, 2, FinalGradeRule.Mean);

        DoubleMarking.Resolve(assessment, [Mark.PassFail(true), Mark.PassFail(true)]).Mark.ShouldBe(Mark.PassFail(true));
        DoubleMarking.Resolve(assessment, [Mark.PassFail(true), Mark.PassFail(false)]).State.ShouldBe(GradeState.NeedsCalibration);
    }

    [Fact]
    public void Resolve_ANarrowerMargin_SendsCloserGradesToCalibration()
    {
        var assessment = Assessment(GradingScale.Numeric, 2, FinalGradeRule.Mean, margin: 0.5m);

        DoubleMarking.Resolve(assessment, [Mark.Numeric(7.0m), Mark.Numeric(7.5m)]).State.ShouldBe(GradeState.Final);
        DoubleMarking.Resolve(assessment, [Mark.Numeric(7.0m), Mark.Numeric(7.6m)]).State.ShouldBe(GradeState.NeedsCalibration);
    }

    internal static PlannedAssessment Assessment(
        GradingScale scale, int examiners, FinalGradeRule rule, decimal margin = 1.0m, decimal weight = 100, params string[] outcomes) =>
        new(new AssessmentPlan(Guid.NewGuid(), Guid.NewGuid(), "M2"), new AssessmentDefinition(
            "Wijkanalyse-rapport", AssessmentType.Report, scale == GradingScale.PassFail ? 0 : weight, outcomes, scale, null, examiners, margin, rule, null, null), position: 0);
}
