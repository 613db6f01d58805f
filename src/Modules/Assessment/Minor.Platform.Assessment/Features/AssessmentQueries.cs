using Microsoft.EntityFrameworkCore;
using Minor.Platform.Assessment.Contracts;
using Minor.Platform.Assessment.Data;
using Minor.Platform.Assessment.Domain;

namespace Minor.Platform.Assessment.Features;

public sealed class AssessmentQueries(AssessmentDbContext db) : IAssessmentQueries
{
    public async Task<IReadOnlyList<ModuleResultDto>> ListResultsAsync(Guid cohortId, CancellationToken cancellationToken) =>
        await Project(db.ModuleResults.Where(r => r.CohortId == cohortId)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ModuleResultDto>> ListResultsOfStudentAsync(Guid studentId, CancellationToken cancellationToken) =>
        await Project(db.ModuleResults.Where(r => r.StudentId == studentId)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ModuleResultDto>> ListPassedResultsForProcessingAsync(CancellationToken cancellationToken) =>
        await Project(db.ModuleResults.IgnoreQueryFilters().Where(r => r.Grade >= GradeRules.PassMark)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ModuleResultDto>> ListResultsOfStudentForProcessingAsync(Guid studentId, CancellationToken cancellationToken) =>
        await Project(db.ModuleResults.IgnoreQueryFilters().Where(r => r.StudentId == studentId)).ToListAsync(cancellationToken);

    private static IQueryable<ModuleResultDto> Project(IQueryable<ModuleResult> results) =>
        results.AsNoTracking().OrderBy(r => r.CourseCode).Select(r => new ModuleResultDto(
            r.Id, r.InstitutionId, r.CohortId, r.CourseCode, r.StudentId, r.Grade, r.Grade >= GradeRules.PassMark, r.PublishedAt, r.ExaminerId));
}
