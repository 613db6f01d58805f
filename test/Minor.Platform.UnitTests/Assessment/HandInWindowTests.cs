using Minor.Platform.Assessment.Domain;

namespace Minor.Platform.UnitTests.Assessment;

public sealed class HandInWindowTests
{
    private static readonly DateTimeOffset Deadline = new(2027, 1, 15, 16, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset ResitDeadline = Deadline.AddDays(28);

    [Theory]
    [InlineData(-1, null, LateHandIn.MarkLate, HandInVerdict.Accepted, 1, false)] // before the deadline
    [InlineData(1, null, LateHandIn.MarkLate, HandInVerdict.Accepted, 2, false)] // in the resit window
    [InlineData(1, "4.0", LateHandIn.Refuse, HandInVerdict.Accepted, 2, false)] // a resit after a fail
    [InlineData(30, null, LateHandIn.MarkLate, HandInVerdict.Accepted, 1, true)] // after both deadlines: late
    [InlineData(30, "4.0", LateHandIn.MarkLate, HandInVerdict.Accepted, 2, true)]
    [InlineData(30, null, LateHandIn.Refuse, HandInVerdict.Closed, 1, true)] // or refused
    [InlineData(-1, "7.0", LateHandIn.MarkLate, HandInVerdict.AlreadyPassed, 0, false)] // passed: nothing to hand in
    public void Decide(int daysAfterDeadline, string? published, LateHandIn late, HandInVerdict verdict, int attempt, bool isLate)
    {
        var assessment = new PlannedAssessment(new AssessmentPlan(Guid.NewGuid(), Guid.NewGuid(), "M1"), new AssessmentDefinition(
            "Positioneringspaper", AssessmentType.Paper, 60, ["M1.3"], GradingScale.Numeric, null, 1, 1.0m, FinalGradeRule.Mean, Deadline, ResitDeadline, late), position: 0);
        var mark = published is null ? (Mark?)null : Mark.Numeric(decimal.Parse(published, System.Globalization.CultureInfo.InvariantCulture));

        var decision = HandInWindow.Decide(assessment, mark, Deadline.AddDays(daysAfterDeadline));

        decision.ShouldBe(new HandInWindow.Decision(verdict, attempt, isLate));
    }
}
