using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minor.Platform.Assessment.Data;
using Minor.Platform.Assessment.Domain;
using Minor.Platform.Assessment.Features.Results;
using Minor.Platform.Assessment.Features.Rubrics;
using Minor.Platform.Assessment.Localization;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Tenancy;
using Minor.Platform.Tracks.Contracts;

namespace Minor.Platform.Assessment.Features.Grading;

/// <summary>
/// An examiner's grade: a number or voldaan, or rubric choices that propose the number; a number that differs from
/// the rubric's proposal needs an override reason.
/// </summary>
public sealed record GradeInput(
    Guid StudentId, decimal? Grade, bool? Passed, string? Feedback, IReadOnlyList<RubricChoice>? Rubric = null, string? OverrideReason = null);

public sealed record GradeOutcome(Guid StudentId, string State, decimal? Grade, bool? Passed, decimal? ProposedGrade = null);

public sealed record PublishOutcome(int Published, int AwaitingCalibration, int AwaitingExaminers);

/// <summary>
/// Examiners grade blind, two where the assessment says so; a calibration settles grades too far apart; publishing
/// shows final grades to students and recomputes their module results. Every step lands in the grade log.
/// </summary>
public sealed class Grading(
    AssessmentDbContext db,
    ITracksQueries tracks,
    ModuleResults results,
    Rubrics.Rubrics rubrics,
    ICurrentUser currentUser,
    IStringLocalizer<AssessmentResource> localizer,
    TimeProvider time)
{
    public const int MaxFeedbackLength = 4000;

    public async Task<GradeOutcome> GradeAsync(Guid assessmentId, GradeInput input, CancellationToken cancellationToken)
    {
        var examinerId = currentUser.UserId ?? throw new NotFoundException("examiner");
        var assessment = await PublishedAssessmentAsync(assessmentId, cancellationToken);
        var (mark, rubric) = await CheckAsync(assessment, input, cancellationToken);
        var overrideReason = rubric is { } r && mark.Grade != r.Proposed ? input.OverrideReason!.Trim() : null;
        var grade = await StudentGradeAsync(assessment, input.StudentId, cancellationToken);
        if (grade.IsPublished)
        {
            throw new BusinessRuleException("Assessment:GradePublished");
        }

        if (grade.Calibrated)
        {
            throw new BusinessRuleException("Assessment:AlreadyCalibrated");
        }

        var marks = await db.ExaminerGrades.Where(g => g.AssessmentId == assessment.Id && g.StudentId == input.StudentId).ToListAsync(cancellationToken);
        var own = marks.FirstOrDefault(g => g.ExaminerId == examinerId);
        var now = time.GetUtcNow();
        if (own is null)
        {
            if (marks.Count >= assessment.ExaminersRequired)
            {
                throw new BusinessRuleException("Assessment:EnoughExaminers");
            }

            own = new ExaminerGrade(assessment, input.StudentId, examinerId, mark, Clean(input.Feedback), now);
            db.ExaminerGrades.Add(own);
            marks.Add(own);
            Log(assessment, input.StudentId, GradeEvent.Graded, null, mark, overrideReason, now);
        }
        else
        {
            Log(assessment, input.StudentId, GradeEvent.Graded, own.Mark, mark, overrideReason, now);
            own.Revise(mark, Clean(input.Feedback), now);
        }

        own.ScoreRubric(rubric?.Scores ?? [], rubric?.Proposed);

        grade.Resolve(DoubleMarking.Resolve(assessment, marks.OrderBy(m => m.Id).Select(m => m.Mark).ToList()));
        await db.SaveChangesAsync(cancellationToken);
        return Outcome(grade) with { ProposedGrade = rubric?.Proposed };
    }

    /// <summary>A third examiner or the two examiners together settle a grade that needs calibration.</summary>
    public async Task<GradeOutcome> CalibrateAsync(Guid assessmentId, Guid studentId, decimal? gradeValue, bool? passed, string? reason, CancellationToken cancellationToken)
    {
        var assessment = await PublishedAssessmentAsync(assessmentId, cancellationToken);
        var mark = CheckMark(assessment, gradeValue, passed, RequireReason(reason, new InputErrors()));
        var grade = await db.StudentGrades.FirstOrDefaultAsync(g => g.AssessmentId == assessment.Id && g.StudentId == studentId, cancellationToken);
        if (grade?.State != GradeState.NeedsCalibration)
        {
            throw new BusinessRuleException("Assessment:NoCalibrationNeeded");
        }

        grade.Calibrate(mark);
        Log(assessment, studentId, GradeEvent.Calibrated, null, mark, reason!.Trim(), time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Outcome(grade);
    }

    /// <summary>Publishes every final grade not yet published; grades still awaiting examiners or calibration wait.</summary>
    public async Task<PublishOutcome> PublishAsync(Guid assessmentId, CancellationToken cancellationToken)
    {
        var assessment = await PublishedAssessmentAsync(assessmentId, cancellationToken);
        var grades = await db.StudentGrades.Where(g => g.AssessmentId == assessment.Id && g.PublishedAt == null).ToListAsync(cancellationToken);
        var ready = grades.Where(g => g.State == GradeState.Final).ToList();
        if (ready.Count == 0)
        {
            throw new BusinessRuleException("Assessment:NothingToPublish");
        }

        var now = time.GetUtcNow();
        foreach (var grade in ready)
        {
            grade.Publish(currentUser.UserId, now);
            Log(assessment, grade.StudentId, GradeEvent.Published, null, grade.Mark, null, now);
        }

        var passed = await results.RecomputeAsync(assessment, ready.Select(g => g.StudentId).ToList(), currentUser.UserId, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await results.PublishAsync(passed, cancellationToken);
        return new PublishOutcome(
            ready.Count, grades.Count(g => g.State == GradeState.NeedsCalibration), grades.Count(g => g.State == GradeState.AwaitingExaminers));
    }

    /// <summary>A change after publication: needs a reason, is logged, and recomputes the module result.</summary>
    public async Task<GradeOutcome> ChangeAsync(Guid assessmentId, Guid studentId, decimal? gradeValue, bool? passed, string? reason, CancellationToken cancellationToken)
    {
        var assessment = await PublishedAssessmentAsync(assessmentId, cancellationToken);
        var mark = CheckMark(assessment, gradeValue, passed, RequireReason(reason, new InputErrors()));
        var grade = await db.StudentGrades.FirstOrDefaultAsync(g => g.AssessmentId == assessment.Id && g.StudentId == studentId, cancellationToken);
        if (grade is not { IsPublished: true })
        {
            throw new BusinessRuleException("Assessment:NotPublishedYet");
        }

        if (grade.Mark == mark)
        {
            return Outcome(grade);
        }

        var now = time.GetUtcNow();
        Log(assessment, studentId, GradeEvent.Changed, grade.Mark, mark, reason!.Trim(), now);
        grade.Change(mark);
        var passedEvents = await results.RecomputeAsync(assessment, [studentId], currentUser.UserId, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await results.PublishAsync(passedEvents, cancellationToken);
        return Outcome(grade);
    }

    public static GradeOutcome Outcome(StudentGrade grade) => new(
        grade.StudentId, StateCode(grade.State), grade.State == GradeState.Final ? grade.Grade : null, grade.State == GradeState.Final ? grade.Passed : null);

    public static string StateCode(GradeState state) => state switch
    {
        GradeState.AwaitingExaminers => "awaitingExaminers",
        GradeState.NeedsCalibration => "needsCalibration",
        _ => "final",
    };

    private async Task<PlannedAssessment> PublishedAssessmentAsync(Guid assessmentId, CancellationToken cancellationToken)
    {
        var assessment = await db.Assessments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == assessmentId, cancellationToken)
                         ?? throw new NotFoundException("assessment");
        var published = await db.Plans.AnyAsync(p => p.Id == assessment.PlanId && p.Status == PlanStatus.Published, cancellationToken);
        return published ? assessment : throw new BusinessRuleException("Assessment:PlanNotPublished");
    }

    private async Task<(Mark Mark, (List<RubricScore> Scores, decimal Proposed)? Rubric)> CheckAsync(
        PlannedAssessment assessment, GradeInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var rubric = await rubrics.ScoreAsync(assessment.Id, input.Rubric, errors, cancellationToken);
        var gradeValue = input.Grade ?? rubric?.Proposed;
        if (rubric is { } scored && gradeValue != scored.Proposed)
        {
            errors.RequireText("overrideReason", input.OverrideReason, 1000, localizer["Assessment:OverrideReasonRequired", scored.Proposed], localizer["Assessment:ReasonTooLong"]);
        }

        var enrolments = await tracks.ListEnrolmentsAsync(assessment.CohortId, cancellationToken);
        if (enrolments.All(e => e.StudentId != input.StudentId))
        {
            errors.Add("studentId", localizer["Assessment:StudentNotEnrolled"]);
        }

        if (input.Feedback?.Length > MaxFeedbackLength)
        {
            errors.Add("feedback", localizer["Assessment:FeedbackTooLong", MaxFeedbackLength]);
        }

        return (CheckMark(assessment, gradeValue, input.Passed, errors), rubric);
    }

    private Mark CheckMark(PlannedAssessment assessment, decimal? gradeValue, bool? passed, InputErrors errors)
    {
        var mark = new Mark(gradeValue, passed);
        if (!mark.Fits(assessment.Scale))
        {
            if (assessment.Scale == GradingScale.Numeric)
            {
                errors.Add("grade", localizer["Assessment:InvalidGrade"]);
            }
            else
            {
                errors.Add("passed", localizer["Assessment:PassedRequired"]);
            }
        }

        errors.ThrowIfAny();
        return mark;
    }

    private InputErrors RequireReason(string? reason, InputErrors errors) =>
        errors.RequireText("reason", reason, 1000, localizer["Assessment:ReasonRequired"], localizer["Assessment:ReasonTooLong"]);

    private async Task<StudentGrade> StudentGradeAsync(PlannedAssessment assessment, Guid studentId, CancellationToken cancellationToken)
    {
        var grade = await db.StudentGrades.FirstOrDefaultAsync(g => g.AssessmentId == assessment.Id && g.StudentId == studentId, cancellationToken);
        if (grade is null)
        {
            grade = new StudentGrade(assessment, studentId);
            db.StudentGrades.Add(grade);
        }

        return grade;
    }

    private static string? Clean(string? feedback) => string.IsNullOrWhiteSpace(feedback) ? null : feedback.Trim();

    private void Log(PlannedAssessment assessment, Guid studentId, GradeEvent kind, Mark? old, Mark mark, string? reason, DateTimeOffset now) =>
        db.GradeAudit.Add(new GradeAuditEntry(assessment.InstitutionId, assessment.Id, studentId, kind, old, mark, reason, currentUser.UserId, now));
}
