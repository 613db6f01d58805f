using Microsoft.EntityFrameworkCore;
using Minor.Platform.Assessment.Data;
using Minor.Platform.SharedKernel.Privacy;

namespace Minor.Platform.Assessment.Features.Results;

/// <summary>The person's module results and every change the grade log holds about them.</summary>
public sealed class ResultPersonalData(AssessmentDbContext db) : IPersonalDataSource
{
    public string Module => "assessment";

    public async Task<PersonalData> CollectAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        var results = await db.ModuleResults.IgnoreQueryFilters().AsNoTracking().Where(r => r.StudentId == subject.UserId)
            .OrderBy(r => r.CourseCode).Select(r => new { r.Id, Module = r.CourseCode, r.Grade, r.PublishedAt }).ToListAsync(cancellationToken);
        var ids = results.Select(r => r.Id).ToList();
        var log = await db.GradeAudit.IgnoreQueryFilters().AsNoTracking().Where(e => ids.Contains(e.ResultId))
            .OrderBy(e => e.ChangedAt).Select(e => new { e.ResultId, e.OldGrade, e.NewGrade, e.Reason, e.ChangedAt }).ToListAsync(cancellationToken);
        return PersonalData.Of(new { Results = results, GradeLog = log });
    }
}
