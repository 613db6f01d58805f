using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minor.Platform.Assessment.Data;
using Minor.Platform.Assessment.Domain;
using Minor.Platform.Assessment.Localization;
using Minor.Platform.SharedKernel;

namespace Minor.Platform.Assessment.Features.Rubrics;

public sealed record LevelInput(string? Descriptor, decimal? Points);

public sealed record CriterionInput(string? Title, string? LearningOutcomeCode, IReadOnlyList<LevelInput>? Levels);

public sealed record RubricInput(IReadOnlyList<CriterionInput>? Criteria);

public sealed record LevelView(string Descriptor, decimal Points);

public sealed record CriterionView(Guid Id, string Title, string? LearningOutcomeCode, IReadOnlyList<LevelView> Levels, decimal MaxPoints);

public sealed record RubricView(Guid AssessmentId, IReadOnlyList<CriterionView> Criteria, decimal MaxPoints, bool InUse, string Formula);

public sealed record RubricChoice(Guid CriterionId, int Level);

/// <summary>
/// An assessment's rubric: criteria linked to learning outcomes, levels with descriptors and points. It can be
/// changed until the first examiner grades with it, so that every student is judged on the same rubric.
/// </summary>
public sealed class Rubrics(AssessmentDbContext db, IStringLocalizer<AssessmentResource> localizer)
{
    public const int MaxCriteria = 20;
    public const int MinLevels = 2;
    public const int MaxLevels = 6;
    public const string Formula = "1 + 9 × punten ÷ maximum, half naar boven op één decimaal";

    public async Task<RubricView> GetAsync(Guid assessmentId, CancellationToken cancellationToken)
    {
        var assessment = await AssessmentAsync(assessmentId, cancellationToken);
        var criteria = await CriteriaAsync(assessment.Id, cancellationToken);
        var inUse = await db.ExaminerGrades.AnyAsync(g => g.AssessmentId == assessment.Id, cancellationToken);
        return new RubricView(assessment.Id, criteria.Select(ToView).ToList(), criteria.Sum(c => c.MaxPoints), inUse, Formula);
    }

    /// <summary>Replaces the rubric as a whole; refused once an examiner has graded the assessment.</summary>
    public async Task<RubricView> SetAsync(Guid assessmentId, RubricInput input, CancellationToken cancellationToken)
    {
        var assessment = await AssessmentAsync(assessmentId, cancellationToken);
        if (assessment.Scale != GradingScale.Numeric)
        {
            throw new BusinessRuleException("Assessment:RubricNumericOnly");
        }

        if (await db.ExaminerGrades.AnyAsync(g => g.AssessmentId == assessment.Id, cancellationToken))
        {
            throw new BusinessRuleException("Assessment:RubricInUse");
        }

        var criteria = Check(assessment, input);
        db.RubricCriteria.RemoveRange(await db.RubricCriteria.Where(c => c.AssessmentId == assessment.Id).ToListAsync(cancellationToken));
        db.RubricCriteria.AddRange(criteria);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(assessment.Id, cancellationToken);
    }

    /// <summary>The scores for a complete set of choices (one level per criterion), or the errors that say what is missing.</summary>
    public async Task<(List<RubricScore> Scores, decimal Proposed)?> ScoreAsync(
        Guid assessmentId, IReadOnlyList<RubricChoice>? choices, InputErrors errors, CancellationToken cancellationToken)
    {
        if (choices is not { Count: > 0 })
        {
            return null;
        }

        var criteria = await CriteriaAsync(assessmentId, cancellationToken);
        var scores = new List<RubricScore>();
        foreach (var criterion in criteria)
        {
            var chosen = choices.Where(c => c.CriterionId == criterion.Id).ToList();
            if (chosen.Count != 1 || chosen[0].Level < 0 || chosen[0].Level >= criterion.Levels.Count)
            {
                errors.Add("rubric", localizer["Assessment:RubricLevelMissing", criterion.Title]);
                continue;
            }

            scores.Add(new RubricScore { CriterionId = criterion.Id, Level = chosen[0].Level, Points = criterion.Levels[chosen[0].Level].Points });
        }

        if (criteria.Count == 0 || choices.Any(c => criteria.All(k => k.Id != c.CriterionId)))
        {
            errors.Add("rubric", localizer["Assessment:RubricUnknownCriterion"]);
        }

        return (scores, RubricFormula.Propose(criteria, scores));
    }

    public static CriterionView ToView(RubricCriterion c) =>
        new(c.Id, c.Title, c.LearningOutcomeCode, c.Levels.Select(l => new LevelView(l.Descriptor, l.Points)).ToList(), c.MaxPoints);

    public Task<List<RubricCriterion>> CriteriaAsync(Guid assessmentId, CancellationToken cancellationToken) =>
        db.RubricCriteria.AsNoTracking().Where(c => c.AssessmentId == assessmentId).OrderBy(c => c.Order).ToListAsync(cancellationToken);

    private async Task<PlannedAssessment> AssessmentAsync(Guid assessmentId, CancellationToken cancellationToken) =>
        await db.Assessments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == assessmentId, cancellationToken) ?? throw new NotFoundException("assessment");

    private List<RubricCriterion> Check(PlannedAssessment assessment, RubricInput input)
    {
        var errors = new InputErrors();
        var given = input.Criteria ?? [];
        if (given.Count is 0 or > MaxCriteria)
        {
            errors.Add("criteria", localizer["Assessment:RubricCriteriaCount", MaxCriteria]);
        }

        var criteria = new List<RubricCriterion>();
        foreach (var (criterion, index) in given.Take(MaxCriteria).Select((c, i) => (c, i)))
        {
            var field = $"criteria[{index}]";
            errors.RequireText($"{field}.title", criterion.Title, 200, localizer["Assessment:RubricTitleRequired"], localizer["Assessment:TitleTooLong"]);
            var outcome = string.IsNullOrWhiteSpace(criterion.LearningOutcomeCode) ? null : criterion.LearningOutcomeCode.Trim();
            if (outcome is not null && !assessment.LearningOutcomeCodes.Contains(outcome))
            {
                errors.Add($"{field}.learningOutcomeCode", localizer["Assessment:RubricOutcomeNotCovered", outcome]);
            }

            var levels = criterion.Levels ?? [];
            if (levels.Count is < MinLevels or > MaxLevels)
            {
                errors.Add($"{field}.levels", localizer["Assessment:RubricLevelCount", MinLevels, MaxLevels]);
            }
            else if (levels.Any(l => string.IsNullOrWhiteSpace(l.Descriptor) || l.Descriptor.Trim().Length > 1000))
            {
                errors.Add($"{field}.levels", localizer["Assessment:RubricDescriptorRequired"]);
            }
            else if (levels.Any(l => l.Points is not { } p || p < 0 || p > 100 || decimal.Round(p, 1) != p) || levels.All(l => l.Points == 0))
            {
                errors.Add($"{field}.levels", localizer["Assessment:RubricPoints"]);
            }

            criteria.Add(new RubricCriterion(
                assessment, index, criterion.Title?.Trim() ?? "", outcome,
                levels.Select(l => new RubricLevel { Descriptor = l.Descriptor?.Trim() ?? "", Points = l.Points ?? 0 })));
        }

        errors.ThrowIfAny();
        return criteria;
    }
}
