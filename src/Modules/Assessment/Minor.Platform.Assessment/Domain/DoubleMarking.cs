namespace Minor.Platform.Assessment.Domain;

public sealed record DoubleMarkingOutcome(GradeState State, Mark? Mark);

/// <summary>
/// The vier-ogenprincipe: with two examiners each grades blind; more than the margin apart (or disagreeing on
/// voldaan) goes to calibration, otherwise the assessment's rule makes the final grade.
/// </summary>
public static class DoubleMarking
{
    /// <param name="marks">The examiners' grades in the order they were given; the first is the examiner of record.</param>
    public static DoubleMarkingOutcome Resolve(PlannedAssessment assessment, IReadOnlyList<Mark> marks)
    {
        if (marks.Count < assessment.ExaminersRequired || marks.Count == 0)
        {
            return new DoubleMarkingOutcome(GradeState.AwaitingExaminers, null);
        }

        if (marks.Count == 1)
        {
            return new DoubleMarkingOutcome(GradeState.Final, marks[0]);
        }

        var (first, second) = (marks[0], marks[1]);
        if (assessment.Scale == GradingScale.PassFail)
        {
            return first.Passed == second.Passed
                ? new DoubleMarkingOutcome(GradeState.Final, first)
                : new DoubleMarkingOutcome(GradeState.NeedsCalibration, null);
        }

        var (a, b) = (first.Grade!.Value, second.Grade!.Value);
        if (Math.Abs(a - b) > assessment.CalibrationMargin)
        {
            return new DoubleMarkingOutcome(GradeState.NeedsCalibration, null);
        }

        var final = assessment.FinalRule == FinalGradeRule.Mean
            ? GradeRules.Round((a + b) / 2, RoundingRule.OneDecimalHalfUp)
            : a;
        return new DoubleMarkingOutcome(GradeState.Final, Mark.Numeric(final));
    }
}
