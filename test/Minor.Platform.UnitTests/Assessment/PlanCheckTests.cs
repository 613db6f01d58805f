using Minor.Platform.Assessment.Domain;

namespace Minor.Platform.UnitTests.Assessment;

public sealed class PlanCheckTests
{
    private static readonly string[] Outcomes = ["M2-LR1", "M2-LR2", "M2-LR3"];

    [Fact]
    public void Of_ACompletePlan_CanBePublished()
    {
        var check = PlanCheck.Of(Outcomes, [Numeric(60, "M2-LR1", "M2-LR2"), Numeric(40, "M2-LR3")]);

        check.Gaps.ShouldBeEmpty();
        check.WeightSum.ShouldBe(100m);
        check.CanPublish.ShouldBeTrue();
    }

    [Fact]
    public void Of_AnOutcomeOnlyAPassFailConditionNames_IsAGap()
    {
        var attendance = DoubleMarkingTests.Assessment(GradingScale.PassFail, 1, FinalGradeRule.Mean, outcomes: "M2-LR3");

        var check = PlanCheck.Of(Outcomes, [Numeric(100, "M2-LR1", "M2-LR2"), attendance]);

        check.Gaps.ShouldBe(["M2-LR3"]);
        check.CanPublish.ShouldBeFalse();
    }

    [Fact]
    public void Of_WeightsOf99Point9_CannotBePublished()
    {
        var check = PlanCheck.Of(Outcomes, [Numeric(33.3m, "M2-LR1"), Numeric(33.3m, "M2-LR2"), Numeric(33.3m, "M2-LR3")]);

        check.Gaps.ShouldBeEmpty();
        check.WeightSum.ShouldBe(99.9m);
        check.CanPublish.ShouldBeFalse();
    }

    private static PlannedAssessment Numeric(decimal weight, params string[] outcomes) =>
        DoubleMarkingTests.Assessment(GradingScale.Numeric, 1, FinalGradeRule.Mean, weight: weight, outcomes: outcomes);
}
