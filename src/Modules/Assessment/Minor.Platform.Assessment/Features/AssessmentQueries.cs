using Microsoft.EntityFrameworkCore;
using Minor.Platform.Assessment.Contracts;
using Minor.Platform.Assessment.Data;
using Minor.Platform.Assessment.Domain;

namespace Minor.Platform.Assessment.Features;

/// <summary>Module results as other modules see them: only results with a grade or a code settled, never incomplete ones.</summary>
public sealed class AssessmentQueries(AssessmentDbContext db) : IAssessmentQueries
{
    public async Task<IReadOnlyList<ModuleResultDto>> ListResultsAsync(Guid cohortId, CancellationToken cancellationToken) =>
        await Project(db.ModuleResults.Where(r => r.CohortId == cohortId)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ModuleResultDto>> ListResultsOfStudentAsync(Guid studentId, CancellationToken cancellationToken) =>
        await Project(db.ModuleResults.Where(r => r.StudentId == studentId)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ModuleResultDto>> ListPassedResultsForProcessingAsync(CancellationToken cancellationToken) =>
        await Project(db.ModuleResults.IgnoreQueryFilters().Where(r => r.Outcome == ModuleOutcome.Passed)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ModuleResultDto>> ListResultsOfStudentForProcessingAsync(Guid studentId, CancellationToken cancellationToken) =>
        await Project(db.ModuleResults.IgnoreQueryFilters().Where(r => r.StudentId == studentId)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Guid>> ListStudentsUnderLegalHoldForProcessingAsync(CancellationToken cancellationToken) =>
        await db.StudentsUnderLegalHoldAsync(cancellationToken);

    public async Task<IReadOnlyList<AssessmentPlanDto>> ListPlansAsync(Guid cohortId, CancellationToken cancellationToken)
    {
        var plans = await db.Plans.AsNoTracking().Where(p => p.CohortId == cohortId).OrderBy(p => p.CourseCode)
            .Select(p => new { p.CourseCode, p.PublishedAt }).ToListAsync(cancellationToken);
        var covered = (await db.Assessments.AsNoTracking().Where(a => a.CohortId == cohortId)
                .Select(a => new { a.CourseCode, a.LearningOutcomeCodes }).ToListAsync(cancellationToken))
            .ToLookup(a => a.CourseCode, a => a.LearningOutcomeCodes);
        return plans.Select(p => new AssessmentPlanDto(
            p.CourseCode, p.PublishedAt is not null, covered[p.CourseCode].SelectMany(c => c).Distinct().Order(StringComparer.Ordinal).ToList())).ToList();
    }

    private static IQueryable<ModuleResultDto> Project(IQueryable<ModuleResult> results) =>
        results.AsNoTracking().Where(r => r.Outcome != ModuleOutcome.Incomplete).OrderBy(r => r.CourseCode).Select(r => new ModuleResultDto(
            r.Id, r.InstitutionId, r.CohortId, r.CourseCode, r.StudentId, r.Grade, r.Outcome == ModuleOutcome.Passed, r.Code, r.PublishedAt, r.ExaminerId));
}
