using Microsoft.EntityFrameworkCore;
using Minor.Platform.Assessment.Data;
using Minor.Platform.Assessment.Domain;
using Minor.Platform.Assessment.Features.Results;
using Minor.Platform.Curriculum.Contracts;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Tenancy;
using Minor.Platform.Tracks.Contracts;

namespace Minor.Platform.Assessment.Features.Progress;

public sealed record ProgressAssessment(
    Guid Id, string Title, string Type, decimal Weight, string Scale, decimal? MinimumGrade, DateTimeOffset? Deadline, DateTimeOffset? ResitDeadline,
    bool Published, decimal? Grade, bool? Passed, IReadOnlyList<string> Feedback);

/// <summary>A rubric criterion's verdict on published work: the level an examiner chose and the points it earned.</summary>
public sealed record RubricFeedback(string Assessment, string Criterion, string Level, decimal Points, decimal MaxPoints);

/// <summary>How a student stands on one learning outcome: achieved, not (yet) achieved, or still open, with rubric feedback.</summary>
public sealed record ProgressOutcome(
    string Code, string Description, string DescriptionEn, IReadOnlyList<Guid> AssessmentIds, string Status, IReadOnlyList<RubricFeedback> Rubric);

public sealed record ModuleProgress(
    string ModuleCode, string Title, string TitleEn, decimal Ec, bool PlanPublished, IReadOnlyList<ProgressAssessment> Assessments,
    IReadOnlyList<ProgressOutcome> Outcomes, ModuleResultView Result);

/// <summary>A module on the student's overview: the result, the next deadline (and whose), and how many learning outcomes are achieved.</summary>
public sealed record ModuleOverview(CourseDto Course, ModuleResultView Result, DateTimeOffset? NextDeadline, string? NextAssessment, int OutcomesAchieved);

/// <summary>The student's own view of a module: deadlines, published grades with feedback, and progress per learning outcome.</summary>
public sealed class StudentProgress(AssessmentDbContext db, ITracksQueries tracks, ICurriculumQueries curriculum, ICurrentUser currentUser)
{
    public const string Achieved = "achieved";
    public const string NotAchieved = "notAchieved";
    public const string Open = "open";

    /// <summary>Every module of the minor with the student's result and the next deadline after now.</summary>
    public async Task<IReadOnlyList<ModuleOverview>> OverviewAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var studentId = currentUser.UserId ?? throw new NotFoundException("student");
        var enrolment = (await tracks.ListEnrolmentsOfStudentAsync(studentId, cancellationToken)).FirstOrDefault();
        if (enrolment is null)
        {
            return [];
        }

        var courses = await curriculum.ListCoursesAsync(await CurriculumVersionOfAsync(enrolment.CohortId, cancellationToken), cancellationToken);

        var results = await db.ModuleResults.AsNoTracking().Where(r => r.StudentId == studentId && r.CohortId == enrolment.CohortId)
            .ToDictionaryAsync(r => r.CourseCode, cancellationToken);
        var publishedPlans = db.Plans.Where(p => p.CohortId == enrolment.CohortId && p.Status == PlanStatus.Published).Select(p => p.Id);
        var assessments = await db.Assessments.AsNoTracking().Where(a => publishedPlans.Contains(a.PlanId))
            .Select(a => new { a.Id, a.CourseCode, a.Title, a.Deadline, a.LearningOutcomeCodes }).ToListAsync(cancellationToken);
        var ids = assessments.Select(a => a.Id).ToList();
        var marks = (await db.StudentGrades.AsNoTracking().Where(g => ids.Contains(g.AssessmentId) && g.StudentId == studentId && g.PublishedAt != null)
                .Select(g => new { g.AssessmentId, g.Grade, g.Passed }).ToListAsync(cancellationToken))
            .ToDictionary(g => g.AssessmentId, g => new Mark(g.Grade, g.Passed));
        return courses.OrderBy(c => c.Order).Select(c =>
        {
            var own = assessments.Where(a => a.CourseCode == c.Code).ToList();
            var next = own.Where(a => a.Deadline > now).MinBy(a => a.Deadline);
            var achieved = c.LearningOutcomes.Count(o =>
            {
                var covering = own.Where(a => a.LearningOutcomeCodes.Contains(o.Code)).ToList();
                return StatusOf(covering.Count, covering.Where(a => marks.ContainsKey(a.Id)).Select(a => marks[a.Id]).ToList()) == Achieved;
            });
            return new ModuleOverview(c, ModuleResults.ViewOf(studentId, results.GetValueOrDefault(c.Code)), next?.Deadline, next?.Title, achieved);
        }).ToList();
    }

    public async Task<ModuleProgress> GetAsync(string moduleCode, CancellationToken cancellationToken)
    {
        var studentId = currentUser.UserId ?? throw new NotFoundException("student");
        var enrolment = (await tracks.ListEnrolmentsOfStudentAsync(studentId, cancellationToken)).FirstOrDefault()
                        ?? throw new NotFoundException("enrolment");
        var course = await curriculum.FindCourseAsync(moduleCode, await CurriculumVersionOfAsync(enrolment.CohortId, cancellationToken), cancellationToken)
                     ?? throw new NotFoundException("module");
        var plan = await db.Plans.AsNoTracking()
            .FirstOrDefaultAsync(p => p.CohortId == enrolment.CohortId && p.CourseCode == course.Code && p.Status == PlanStatus.Published, cancellationToken);
        var assessments = plan is null
            ? []
            : await db.Assessments.AsNoTracking().Where(a => a.PlanId == plan.Id).OrderBy(a => a.Position).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        var ids = assessments.Select(a => a.Id).ToList();
        var grades = await db.StudentGrades.AsNoTracking()
            .Where(g => ids.Contains(g.AssessmentId) && g.StudentId == studentId && g.PublishedAt != null)
            .ToDictionaryAsync(g => g.AssessmentId, cancellationToken);
        var publishedIds = grades.Keys.ToList();
        var examinerGrades = await db.ExaminerGrades.AsNoTracking()
            .Where(g => publishedIds.Contains(g.AssessmentId) && g.StudentId == studentId)
            .OrderBy(g => g.Id).ToListAsync(cancellationToken);
        var feedback = examinerGrades.Where(g => g.Feedback != null).Select(g => new { g.AssessmentId, g.Feedback }).ToList();
        var criteria = (await db.RubricCriteria.AsNoTracking().Where(c => publishedIds.Contains(c.AssessmentId)).ToListAsync(cancellationToken))
            .ToDictionary(c => c.Id);
        var rubricFeedback = examinerGrades
            .SelectMany(g => g.RubricScores.Where(r => criteria.ContainsKey(r.CriterionId)).Select(r => (Criterion: criteria[r.CriterionId], Score: r)))
            .Select(x => (x.Criterion.LearningOutcomeCode, Feedback: new RubricFeedback(
                assessments.First(a => a.Id == x.Criterion.AssessmentId).Title, x.Criterion.Title, x.Criterion.Levels[x.Score.Level].Descriptor,
                x.Score.Points, x.Criterion.MaxPoints)))
            .ToList();
        var result = await db.ModuleResults.AsNoTracking()
            .FirstOrDefaultAsync(r => r.CohortId == enrolment.CohortId && r.CourseCode == course.Code && r.StudentId == studentId, cancellationToken);

        var views = assessments.Select(a =>
        {
            var grade = grades.GetValueOrDefault(a.Id);
            return new ProgressAssessment(
                a.Id, a.Title, AssessmentTypes.CodeOf(a.Type), a.Weight, AssessmentTypes.CodeOf(a.Scale), a.MinimumGrade, a.Deadline, a.ResitDeadline,
                grade is not null, grade?.Grade, grade?.Passed, feedback.Where(f => f.AssessmentId == a.Id).Select(f => f.Feedback!).ToList());
        }).ToList();

        var outcomes = course.LearningOutcomes.Select(o =>
        {
            var covering = views.Where(v => assessments.First(a => a.Id == v.Id).LearningOutcomeCodes.Contains(o.Code)).ToList();
            return new ProgressOutcome(
                o.Code, o.Description, o.DescriptionEn, covering.Select(v => v.Id).ToList(),
                StatusOf(covering.Count, covering.Where(v => v.Published).Select(v => new Mark(v.Grade, v.Passed)).ToList()),
                rubricFeedback.Where(r => r.LearningOutcomeCode == o.Code).Select(r => r.Feedback).ToList());
        }).ToList();

        var resultView = ModuleResults.ViewOf(studentId, result);
        return new ModuleProgress(course.Code, course.Title, course.TitleEn, course.Ec, plan is not null, views, outcomes, resultView);
    }

    /// <summary>Achieved when every assessment covering the outcome is published and sufficient; not achieved when one is insufficient.</summary>
    private static string StatusOf(int covering, IReadOnlyCollection<Mark> published)
    {
        if (published.Any(m => !m.IsSufficient))
        {
            return NotAchieved;
        }

        return covering > 0 && published.Count == covering ? Achieved : Open;
    }

    /// <summary>The curriculum version the student's cohort follows.</summary>
    private async Task<int> CurriculumVersionOfAsync(Guid cohortId, CancellationToken cancellationToken) =>
        (await tracks.GetCohortAsync(cohortId, cancellationToken) ?? throw new NotFoundException("cohort")).CurriculumVersion;
}
