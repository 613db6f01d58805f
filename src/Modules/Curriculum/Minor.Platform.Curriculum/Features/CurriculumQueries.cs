using Microsoft.EntityFrameworkCore;
using Minor.Platform.Curriculum.Contracts;
using Minor.Platform.Curriculum.Data;

namespace Minor.Platform.Curriculum.Features;

public sealed class CurriculumQueries(CurriculumDbContext db) : ICurriculumQueries
{
    public async Task<IReadOnlyList<CourseDto>> ListCoursesAsync(CancellationToken cancellationToken)
    {
        var versionId = await CurrentVersionIdAsync(cancellationToken);
        return await Project(db.Courses.Where(c => c.VersionId == versionId)).ToListAsync(cancellationToken);
    }

    public async Task<CourseDto?> FindCourseAsync(string code, CancellationToken cancellationToken)
    {
        var versionId = await CurrentVersionIdAsync(cancellationToken);
        return await Project(db.Courses.Where(c => c.VersionId == versionId && c.Code == code))
            .FirstOrDefaultAsync(cancellationToken);
    }

    private Task<Guid> CurrentVersionIdAsync(CancellationToken cancellationToken) =>
        db.Versions.AsNoTracking().Where(v => v.PublishedAt != null)
            .OrderByDescending(v => v.Number).Select(v => v.Id).FirstOrDefaultAsync(cancellationToken);

    private static IQueryable<CourseDto> Project(IQueryable<Domain.Course> courses) =>
        courses.AsNoTracking().OrderBy(c => c.Order).Select(c => new CourseDto(
            c.Code, c.Title, c.TitleEn, c.Ec, c.Order, c.Summary, c.SummaryEn,
            c.LearningOutcomes.OrderBy(o => o.Order)
                .Select(o => new LearningOutcomeDto(o.Code, o.Description, o.DescriptionEn)).ToList()));
}
