using Microsoft.EntityFrameworkCore;
using Minor.Platform.Assessment.Data;
using Minor.Platform.SharedKernel.Privacy;

namespace Minor.Platform.Assessment.Features.Results;

/// <summary>The person's module results, published grades with feedback, and every grade-log line about them.</summary>
public sealed class ResultPersonalData(AssessmentDbContext db) : IPersonalDataSource
{
    public string Module => "assessment";

    public async Task<PersonalData> CollectAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        var results = await db.ModuleResults.IgnoreQueryFilters().AsNoTracking().Where(r => r.StudentId == subject.UserId)
            .OrderBy(r => r.CourseCode).Select(r => new { Module = r.CourseCode, r.Grade, Outcome = r.Outcome.ToString(), r.Code, r.PublishedAt })
            .ToListAsync(cancellationToken);
        var grades = await (
                from g in db.StudentGrades.IgnoreQueryFilters().AsNoTracking()
                join a in db.Assessments.IgnoreQueryFilters() on g.AssessmentId equals a.Id
                where g.StudentId == subject.UserId && g.PublishedAt != null
                orderby a.CourseCode, a.Id
                select new { Module = a.CourseCode, Assessment = a.Title, g.AssessmentId, g.Grade, g.Passed, g.PublishedAt })
            .ToListAsync(cancellationToken);
        var publishedIds = grades.Select(g => g.AssessmentId).ToList();
        var feedback = await db.ExaminerGrades.IgnoreQueryFilters().AsNoTracking()
            .Where(g => g.StudentId == subject.UserId && publishedIds.Contains(g.AssessmentId) && g.Feedback != null)
            .Select(g => new { g.AssessmentId, g.Feedback, g.GradedAt }).ToListAsync(cancellationToken);
        var log = await db.GradeAudit.IgnoreQueryFilters().AsNoTracking().Where(e => e.StudentId == subject.UserId)
            .OrderBy(e => e.Id).Select(e => new { e.AssessmentId, Event = e.Kind.ToString(), e.OldGrade, e.OldPassed, e.NewGrade, e.NewPassed, e.Reason, e.ChangedAt })
            .ToListAsync(cancellationToken);
        return PersonalData.Of(new { Results = results, Grades = grades, Feedback = feedback, GradeLog = log });
    }
}
