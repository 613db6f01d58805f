using Microsoft.Extensions.Localization;
using Minor.Platform.Assessment.Domain;
using Minor.Platform.Assessment.Localization;
using Minor.Platform.SharedKernel;

namespace Minor.Platform.Assessment.Features.Plans;

/// <summary>An assessment as the API and the toetsmatrijs form send it: free values, checked by <see cref="AssessmentInputCheck"/>.</summary>
public sealed record AssessmentInput(
    string? Title,
    string? Type,
    decimal? Weight,
    IReadOnlyList<string>? LearningOutcomeCodes,
    string? Scale,
    decimal? MinimumGrade,
    int? ExaminersRequired,
    DateTimeOffset? Deadline,
    DateTimeOffset? ResitDeadline,
    decimal? CalibrationMargin = null,
    string? FinalRule = null,
    string? LateHandIn = null,
    bool? Anonymous = null);

/// <summary>Turns input into a definition, or collects one clear Dutch message per wrong field.</summary>
public static class AssessmentInputCheck
{
    public static AssessmentDefinition Check(AssessmentInput input, IReadOnlyCollection<string> moduleOutcomeCodes, IStringLocalizer<AssessmentResource> localizer)
    {
        var errors = new InputErrors();
        errors.RequireText("title", input.Title, 200, localizer["Assessment:TitleRequired"], localizer["Assessment:TitleTooLong"]);

        var type = AssessmentTypes.Parse(input.Type);
        if (type is null)
        {
            errors.Add("type", localizer["Assessment:UnknownType", string.Join(", ", AssessmentTypes.Codes)]);
        }

        var scale = AssessmentTypes.ParseScale(input.Scale ?? "numeric");
        if (scale is null)
        {
            errors.Add("scale", localizer["Assessment:UnknownScale"]);
        }

        var weight = input.Weight ?? 0;
        if (weight is < 0 or > PlanCheck.FullWeight || decimal.Round(weight, 1) != weight)
        {
            errors.Add("weight", localizer["Assessment:WeightOutOfRange"]);
        }
        else if (scale == GradingScale.PassFail && weight != 0)
        {
            errors.Add("weight", localizer["Assessment:PassFailHasNoWeight"]);
        }

        var outcomes = (input.LearningOutcomeCodes ?? []).Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var unknown = outcomes.Where(c => !moduleOutcomeCodes.Contains(c)).ToList();
        if (unknown.Count > 0)
        {
            errors.Add("learningOutcomeCodes", localizer["Assessment:UnknownOutcomes", string.Join(", ", unknown)]);
        }

        if (input.MinimumGrade is { } minimum && (scale == GradingScale.PassFail || !GradeRules.IsValidGrade(minimum)))
        {
            errors.Add("minimumGrade", localizer["Assessment:InvalidMinimum"]);
        }

        var examiners = input.ExaminersRequired ?? 1;
        if (examiners is not (1 or 2))
        {
            errors.Add("examinersRequired", localizer["Assessment:ExaminersOneOrTwo"]);
        }

        var margin = input.CalibrationMargin ?? PlannedAssessment.DefaultCalibrationMargin;
        if (margin is < 0.1m or > 9m || decimal.Round(margin, 1) != margin)
        {
            errors.Add("calibrationMargin", localizer["Assessment:InvalidMargin"]);
        }

        FinalGradeRule? rule = (input.FinalRule ?? "mean").Trim().ToLowerInvariant() switch
        {
            "mean" => FinalGradeRule.Mean,
            "examinerofrecord" => FinalGradeRule.ExaminerOfRecord,
            _ => null,
        };
        if (rule is null)
        {
            errors.Add("finalRule", localizer["Assessment:UnknownFinalRule"]);
        }

        LateHandIn? late = (input.LateHandIn ?? "markLate").Trim().ToLowerInvariant() switch
        {
            "marklate" => Domain.LateHandIn.MarkLate,
            "refuse" => Domain.LateHandIn.Refuse,
            _ => null,
        };
        if (late is null)
        {
            errors.Add("lateHandIn", localizer["Assessment:UnknownLateHandIn"]);
        }

        if (input.Deadline is { } deadline && input.ResitDeadline is { } resit && resit <= deadline)
        {
            errors.Add("resitDeadline", localizer["Assessment:ResitBeforeDeadline"]);
        }
        else if (input.Deadline is null && input.ResitDeadline is not null)
        {
            errors.Add("deadline", localizer["Assessment:ResitWithoutDeadline"]);
        }

        errors.ThrowIfAny();
        return new AssessmentDefinition(
            input.Title!.Trim(), type!.Value, weight, outcomes, scale!.Value, input.MinimumGrade, examiners, margin, rule!.Value,
            input.Deadline, input.ResitDeadline, late!.Value, input.Anonymous ?? false);
    }
}
