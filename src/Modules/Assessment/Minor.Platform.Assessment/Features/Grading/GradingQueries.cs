using Microsoft.EntityFrameworkCore;
using Minor.Platform.Assessment.Data;
using Minor.Platform.Assessment.Domain;
using Minor.Platform.Assessment.Features.HandIns;
using Minor.Platform.Assessment.Features.Plans;
using Minor.Platform.Assessment.Features.Rubrics;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Tenancy;
using Minor.Platform.Tracks.Contracts;

namespace Minor.Platform.Assessment.Features.Grading;

public sealed record ExaminerMark(
    Guid ExaminerId, string ExaminerName, decimal? Grade, bool? Passed, string? Feedback, IReadOnlyList<RubricScore> Rubric, decimal? ProposedGrade);

/// <summary>
/// One student's line on an examiner's grading list. The other examiner's grade stays hidden until the grades need
/// calibration or are published, so that each examiner grades blind; on an anonymous assessment the name is empty
/// and a candidate number stands in until the grade is published.
/// </summary>
public sealed record GradingLine(
    Guid StudentId, string StudentName, string? CandidateNumber, string State, int ExaminersGraded, ExaminerMark? Mine, IReadOnlyList<ExaminerMark> Others,
    decimal? FinalGrade, bool? FinalPassed, bool Published, HandInView? LatestHandIn);

public sealed record GradingList(
    Guid AssessmentId, string ModuleCode, Guid CohortId, AssessmentView Assessment, bool PlanPublished, IReadOnlyList<CriterionView> Rubric,
    IReadOnlyList<GradingLine> Lines);

/// <summary>An assessment with work for the examiner: how many students handed in, how many wait for this examiner, how many are ready to publish.</summary>
public sealed record QueueItem(
    Guid AssessmentId, Guid CohortId, string ModuleCode, string Title, DateTimeOffset? Deadline, int WaitingForMe, int NeedsCalibration, int ReadyToPublish, int HandIns);

public sealed record GradeAuditView(
    Guid Id, Guid AssessmentId, string AssessmentTitle, string ModuleCode, Guid StudentId, string Event, decimal? OldGrade, bool? OldPassed,
    decimal? NewGrade, bool? NewPassed, string? Reason, Guid? ChangedBy, string? ChangedByName, DateTimeOffset ChangedAt);

public sealed class GradingQueries(
    AssessmentDbContext db, ITracksQueries tracks, IIdentityQueries identity, HandIns.HandIns handIns, Rubrics.Rubrics rubrics, ICurrentUser currentUser)
{
    public async Task<GradingList> ListAsync(Guid assessmentId, CancellationToken cancellationToken)
    {
        var assessment = await db.Assessments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == assessmentId, cancellationToken)
                         ?? throw new NotFoundException("assessment");
        var planPublished = await db.Plans.AnyAsync(p => p.Id == assessment.PlanId && p.Status == PlanStatus.Published, cancellationToken);
        var enrolments = await tracks.ListEnrolmentsAsync(assessment.CohortId, cancellationToken);
        var marks = await db.ExaminerGrades.AsNoTracking().Where(g => g.AssessmentId == assessment.Id).OrderBy(g => g.Id).ToListAsync(cancellationToken);
        var grades = await db.StudentGrades.AsNoTracking().Where(g => g.AssessmentId == assessment.Id).ToDictionaryAsync(g => g.StudentId, cancellationToken);
        var latestHandIns = (await handIns.ListOfAssessmentAsync(assessment.Id, cancellationToken))
            .GroupBy(h => h.StudentId).ToDictionary(g => g.Key, g => g.First());
        var people = await identity.GetPeopleAsync(
            enrolments.Select(e => e.StudentId).Concat(marks.Select(m => m.ExaminerId)).Distinct().ToList(), cancellationToken);
        string NameOf(Guid id) => people.TryGetValue(id, out var p) ? p.FullName : "";

        var lines = enrolments
            .Select(e =>
            {
                var own = marks.Where(m => m.StudentId == e.StudentId).ToList();
                grades.TryGetValue(e.StudentId, out var grade);
                var revealed = grade is { IsPublished: true } || grade?.State == GradeState.NeedsCalibration || grade?.Calibrated == true;
                ExaminerMark View(ExaminerGrade m) => new(m.ExaminerId, NameOf(m.ExaminerId), m.Grade, m.Passed, m.Feedback, m.RubricScores, m.ProposedGrade);
                var mine = own.FirstOrDefault(m => m.ExaminerId == currentUser.UserId);
                var final = grade?.State == GradeState.Final;
                var hidden = assessment.Anonymous && grade is not { IsPublished: true };
                return new GradingLine(
                    e.StudentId, hidden ? "" : NameOf(e.StudentId), hidden ? assessment.CandidateNumber(e.StudentId) : null, grade is null ? Grading.StateCode(GradeState.AwaitingExaminers) : Grading.StateCode(grade.State),
                    own.Count, mine is null ? null : View(mine), revealed ? own.Where(m => m.ExaminerId != currentUser.UserId).Select(View).ToList() : [],
                    final ? grade!.Grade : null, final ? grade!.Passed : null, grade?.IsPublished == true, latestHandIns.GetValueOrDefault(e.StudentId));
            })
            .OrderBy(l => l.CandidateNumber, StringComparer.Ordinal).ThenBy(l => l.StudentName, StringComparer.CurrentCulture)
            .ToList();
        var rubric = (await rubrics.CriteriaAsync(assessment.Id, cancellationToken)).Select(Rubrics.Rubrics.ToView).ToList();
        return new GradingList(assessment.Id, assessment.CourseCode, assessment.CohortId, AssessmentPlans.ToView(assessment), planPublished, rubric, lines);
    }

    /// <summary>The caller's grading queue: published assessments of their hogeschool with work waiting.</summary>
    public async Task<IReadOnlyList<QueueItem>> QueueAsync(CancellationToken cancellationToken)
    {
        var publishedPlans = db.Plans.Where(p => p.Status == PlanStatus.Published).Select(p => p.Id);
        var assessments = await db.Assessments.AsNoTracking().Where(a => publishedPlans.Contains(a.PlanId)).OrderBy(a => a.CourseCode).ThenBy(a => a.Position).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);
        var ids = assessments.Select(a => a.Id).ToList();
        var grades = await db.StudentGrades.AsNoTracking().Where(g => ids.Contains(g.AssessmentId) && g.PublishedAt == null)
            .Select(g => new { g.AssessmentId, g.StudentId, g.State }).ToListAsync(cancellationToken);
        var mine = await db.ExaminerGrades.AsNoTracking().Where(g => ids.Contains(g.AssessmentId) && g.ExaminerId == currentUser.UserId)
            .Select(g => new { g.AssessmentId, g.StudentId }).ToListAsync(cancellationToken);
        var published = await db.StudentGrades.AsNoTracking().Where(g => ids.Contains(g.AssessmentId) && g.PublishedAt != null)
            .Select(g => new { g.AssessmentId, g.StudentId }).ToListAsync(cancellationToken);
        var handIns = (await db.HandIns.AsNoTracking().Where(h => ids.Contains(h.AssessmentId)).Select(h => new { h.AssessmentId, h.StudentId }).Distinct()
            .ToListAsync(cancellationToken)).CountBy(h => h.AssessmentId).ToDictionary();

        var items = new List<QueueItem>();
        foreach (var cohort in assessments.GroupBy(a => a.CohortId))
        {
            var students = (await tracks.ListEnrolmentsAsync(cohort.Key, cancellationToken)).Select(e => e.StudentId).ToList();
            foreach (var a in cohort)
            {
                var open = grades.Where(g => g.AssessmentId == a.Id).ToDictionary(g => g.StudentId, g => g.State);
                var done = mine.Where(m => m.AssessmentId == a.Id).Select(m => m.StudentId).Concat(published.Where(p => p.AssessmentId == a.Id).Select(p => p.StudentId))
                    .ToHashSet();
                var waiting = students.Count(s => !done.Contains(s) && (!open.TryGetValue(s, out var state) || state == GradeState.AwaitingExaminers));
                items.Add(new QueueItem(
                    a.Id, a.CohortId, a.CourseCode, a.Title, a.Deadline, waiting, open.Values.Count(s => s == GradeState.NeedsCalibration),
                    open.Values.Count(s => s == GradeState.Final), handIns.GetValueOrDefault(a.Id)));
            }
        }

        return items;
    }

    /// <summary>The grade log of the caller's hogeschool, optionally of one student; newest first.</summary>
    public async Task<IReadOnlyList<GradeAuditView>> AuditAsync(Guid? studentId, CancellationToken cancellationToken)
    {
        var entries = await db.GradeAudit.AsNoTracking().Where(e => studentId == null || e.StudentId == studentId)
            .OrderByDescending(e => e.Id).Take(1000).ToListAsync(cancellationToken);
        var assessmentIds = entries.Select(e => e.AssessmentId).Distinct().ToList();
        var assessments = await db.Assessments.AsNoTracking().Where(a => assessmentIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => new { a.Title, a.CourseCode }, cancellationToken);
        var people = await identity.GetPeopleAsync(entries.Where(e => e.ChangedBy != null).Select(e => e.ChangedBy!.Value).Distinct().ToList(), cancellationToken);
        return entries.Select(e => new GradeAuditView(
            e.Id, e.AssessmentId, assessments.TryGetValue(e.AssessmentId, out var a) ? a.Title : "", a?.CourseCode ?? "", e.StudentId,
            e.Kind.ToString().ToLowerInvariant(), e.OldGrade, e.OldPassed, e.NewGrade, e.NewPassed, e.Reason, e.ChangedBy,
            e.ChangedBy is { } by && people.TryGetValue(by, out var p) ? p.FullName : null, e.ChangedAt)).ToList();
    }
}
