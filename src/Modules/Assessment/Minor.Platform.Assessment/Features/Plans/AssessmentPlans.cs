using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minor.Platform.Assessment.Data;
using Minor.Platform.Assessment.Domain;
using Minor.Platform.Assessment.Localization;
using Minor.Platform.Curriculum.Contracts;
using Minor.Platform.SharedKernel;
using Minor.Platform.Tracks.Contracts;

namespace Minor.Platform.Assessment.Features.Plans;

public sealed record AssessmentView(
    Guid Id, string Title, string Type, decimal Weight, IReadOnlyList<string> LearningOutcomeCodes, string Scale, decimal? MinimumGrade,
    int ExaminersRequired, decimal CalibrationMargin, string FinalRule, DateTimeOffset? Deadline, DateTimeOffset? ResitDeadline, string LateHandIn,
    bool Anonymous);

public sealed record PlanSummary(CourseDto Course, string Status, int Assessments, decimal WeightSum, IReadOnlyList<string> Gaps);

public sealed record PlanView(
    Guid CohortId, string ModuleCode, string Status, IReadOnlyList<AssessmentView> Assessments, IReadOnlyList<string> Gaps, decimal WeightSum,
    IReadOnlyList<LearningOutcomeDto> LearningOutcomes);

/// <summary>The toetsplan of a module in a cohort of the caller's hogeschool: shape it while it is a draft, then publish it.</summary>
public sealed class AssessmentPlans(
    AssessmentDbContext db, ITracksQueries tracks, ICurriculumQueries curriculum, IStringLocalizer<AssessmentResource> localizer, TimeProvider time)
{
    public async Task<PlanView> GetAsync(Guid cohortId, string moduleCode, CancellationToken cancellationToken)
    {
        var (cohort, course) = await ScopeAsync(cohortId, moduleCode, cancellationToken);
        var plan = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.CohortId == cohort.Id && p.CourseCode == course.Code, cancellationToken);
        var assessments = plan is null ? [] : await AssessmentsOfAsync(plan.Id, cancellationToken);
        var check = PlanCheck.Of(course.LearningOutcomes.Select(o => o.Code), assessments);
        return new PlanView(
            cohort.Id, course.Code, (plan?.Status ?? PlanStatus.Draft).ToString().ToLowerInvariant(), assessments.Select(ToView).ToList(),
            check.Gaps, check.WeightSum, course.LearningOutcomes);
    }

    /// <summary>The plan an assessment belongs to.</summary>
    public async Task<PlanView> PlanOfAsync(Guid assessmentId, CancellationToken cancellationToken)
    {
        var assessment = await db.Assessments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == assessmentId, cancellationToken)
                         ?? throw new NotFoundException("assessment");
        return await GetAsync(assessment.CohortId, assessment.CourseCode, cancellationToken);
    }

    /// <summary>Every module's plan in the cohort, in curriculum order, for the overview.</summary>
    public async Task<IReadOnlyList<PlanSummary>> ListAsync(Guid cohortId, CancellationToken cancellationToken)
    {
        var cohort = await tracks.GetCohortAsync(cohortId, cancellationToken) ?? throw new NotFoundException("cohort");
        var courses = await curriculum.ListCoursesAsync(cohort.CurriculumVersion, cancellationToken);
        var plans = await db.Plans.AsNoTracking().Where(p => p.CohortId == cohort.Id).ToDictionaryAsync(p => p.CourseCode, cancellationToken);
        var assessments = await db.Assessments.AsNoTracking().Where(a => a.CohortId == cohort.Id).ToListAsync(cancellationToken);
        return courses.OrderBy(c => c.Order).Select(course =>
        {
            var own = assessments.Where(a => a.CourseCode == course.Code).ToList();
            var check = PlanCheck.Of(course.LearningOutcomes.Select(o => o.Code), own);
            var status = plans.TryGetValue(course.Code, out var plan) ? plan.Status : PlanStatus.Draft;
            return new PlanSummary(course, status.ToString().ToLowerInvariant(), own.Count, check.WeightSum, check.Gaps);
        }).ToList();
    }

    public async Task<Guid> AddAsync(Guid cohortId, string moduleCode, AssessmentInput input, CancellationToken cancellationToken)
    {
        var (cohort, course) = await ScopeAsync(cohortId, moduleCode, cancellationToken);
        var definition = AssessmentInputCheck.Check(input, OutcomeCodes(course), localizer);
        var plan = await db.Plans.FirstOrDefaultAsync(p => p.CohortId == cohort.Id && p.CourseCode == course.Code, cancellationToken);
        if (plan is null)
        {
            plan = new AssessmentPlan(cohort.InstitutionId, cohort.Id, course.Code);
            db.Plans.Add(plan);
        }

        EnsureDraft(plan);
        var position = await db.Assessments.CountAsync(a => a.PlanId == plan.Id, cancellationToken);
        var assessment = new PlannedAssessment(plan, definition, position);
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync(cancellationToken);
        return assessment.Id;
    }

    public async Task UpdateAsync(Guid assessmentId, AssessmentInput input, CancellationToken cancellationToken)
    {
        var (assessment, plan) = await DraftAssessmentAsync(assessmentId, cancellationToken);
        var (_, course) = await ScopeAsync(plan.CohortId, plan.CourseCode, cancellationToken);
        assessment.Define(AssessmentInputCheck.Check(input, OutcomeCodes(course), localizer));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task DeleteAsync(Guid assessmentId, CancellationToken cancellationToken)
    {
        var (assessment, _) = await DraftAssessmentAsync(assessmentId, cancellationToken);
        db.Assessments.Remove(assessment);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Refuses while a learning outcome is not assessed or the graded weights do not make 100 %.</summary>
    public async Task PublishAsync(Guid cohortId, string moduleCode, CancellationToken cancellationToken)
    {
        var (cohort, course) = await ScopeAsync(cohortId, moduleCode, cancellationToken);
        var plan = await db.Plans.FirstOrDefaultAsync(p => p.CohortId == cohort.Id && p.CourseCode == course.Code, cancellationToken);
        if (plan?.Status == PlanStatus.Published)
        {
            return;
        }

        var assessments = plan is null ? [] : await AssessmentsOfAsync(plan.Id, cancellationToken);
        var check = PlanCheck.Of(course.LearningOutcomes.Select(o => o.Code), assessments);
        if (check.Gaps.Count > 0)
        {
            throw new BusinessRuleException("Assessment:OutcomeNotCovered", data: new Dictionary<string, object?> { ["learningOutcomeCodes"] = check.Gaps })
            {
                MessageArguments = [string.Join(", ", check.Gaps)],
            };
        }

        if (!check.WeightsComplete)
        {
            throw new BusinessRuleException("Assessment:WeightsNot100", data: new Dictionary<string, object?> { ["weightSum"] = check.WeightSum })
            {
                MessageArguments = [check.WeightSum],
            };
        }

        plan!.Publish(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<List<PlannedAssessment>> AssessmentsOfAsync(Guid planId, CancellationToken cancellationToken) =>
        await db.Assessments.AsNoTracking().Where(a => a.PlanId == planId).OrderBy(a => a.Position).ThenBy(a => a.Id).ToListAsync(cancellationToken);

    private async Task<(CohortDto Cohort, CourseDto Course)> ScopeAsync(Guid cohortId, string moduleCode, CancellationToken cancellationToken)
    {
        var cohort = await tracks.GetCohortAsync(cohortId, cancellationToken) ?? throw new NotFoundException("cohort");
        var course = await curriculum.FindCourseAsync(moduleCode, cohort.CurriculumVersion, cancellationToken) ?? throw new NotFoundException("module");
        return (cohort, course);
    }

    private async Task<(PlannedAssessment Assessment, AssessmentPlan Plan)> DraftAssessmentAsync(Guid assessmentId, CancellationToken cancellationToken)
    {
        var assessment = await db.Assessments.FirstOrDefaultAsync(a => a.Id == assessmentId, cancellationToken) ?? throw new NotFoundException("assessment");
        var plan = await db.Plans.FirstAsync(p => p.Id == assessment.PlanId, cancellationToken);
        EnsureDraft(plan);
        return (assessment, plan);
    }

    private static void EnsureDraft(AssessmentPlan plan)
    {
        if (plan.Status == PlanStatus.Published)
        {
            throw new BusinessRuleException("Assessment:PlanPublished");
        }
    }

    private static HashSet<string> OutcomeCodes(CourseDto course) => course.LearningOutcomes.Select(o => o.Code).ToHashSet(StringComparer.Ordinal);

    public static AssessmentView ToView(PlannedAssessment a) => new(
        a.Id, a.Title, AssessmentTypes.CodeOf(a.Type), a.Weight, a.LearningOutcomeCodes, AssessmentTypes.CodeOf(a.Scale), a.MinimumGrade,
        a.ExaminersRequired, a.CalibrationMargin, a.FinalRule == FinalGradeRule.Mean ? "mean" : "examinerOfRecord", a.Deadline, a.ResitDeadline,
        a.LateHandIn == LateHandIn.Refuse ? "refuse" : "markLate", a.Anonymous);
}
