using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Minor.Platform.Curriculum.Contracts;
using Minor.Platform.Curriculum.Data;
using Minor.Platform.SharedKernel;

namespace Minor.Platform.Curriculum.Features;

/// <summary>
/// The curriculum as other modules read it. A published version never changes, so its modules are kept in memory once
/// read (every page of a cohort asks for them); drafts are always read fresh.
/// </summary>
public sealed class CurriculumQueries(CurriculumDbContext db, IMemoryCache cache) : ICurriculumQueries
{
    public async Task<IReadOnlyList<CourseDto>> ListCoursesAsync(CancellationToken cancellationToken) =>
        await ListCoursesAsync(await CurrentVersionAsync(cancellationToken), cancellationToken);

    public async Task<CourseDto?> FindCourseAsync(string code, CancellationToken cancellationToken) =>
        await FindCourseAsync(code, await CurrentVersionAsync(cancellationToken), cancellationToken);

    public async Task<IReadOnlyList<CourseDto>> ListCoursesAsync(int version, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue((typeof(CurriculumQueries), version), out IReadOnlyList<CourseDto>? published))
        {
            return published!;
        }

        var found = await db.Versions.AsNoTracking().Where(v => v.Number == version).Select(v => new { v.Id, v.PublishedAt }).FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return [];
        }

        var courses = await Project(db.Courses.Where(c => c.VersionId == found.Id)).ToListAsync(cancellationToken);
        if (found.PublishedAt is not null)
        {
            cache.Set((typeof(CurriculumQueries), version), (IReadOnlyList<CourseDto>)courses);
        }

        return courses;
    }

    public async Task<CourseDto?> FindCourseAsync(string code, int version, CancellationToken cancellationToken) =>
        (await ListCoursesAsync(version, cancellationToken)).FirstOrDefault(c => c.Code == code);

    public Task<int> CurrentVersionAsync(CancellationToken cancellationToken) =>
        db.Versions.AsNoTracking().Where(v => v.PublishedAt != null).OrderByDescending(v => v.Number).Select(v => v.Number).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<CurriculumVersionDto>> ListVersionsAsync(CancellationToken cancellationToken) =>
        (await db.Versions.AsNoTracking().OrderBy(v => v.Number).Select(v => new { v.Number, v.PublishedAt }).ToListAsync(cancellationToken))
            .Select(v => new CurriculumVersionDto(
                v.Number,
                v.PublishedAt is null ? CurriculumVersionDto.Draft : CurriculumVersionDto.Published,
                v.PublishedAt is { } at ? DateOnly.FromDateTime(DutchTime.ToLocal(at).DateTime) : null))
            .ToList();

    public async Task<CurriculumDiffDto> DiffAsync(int from, int to, CancellationToken cancellationToken)
    {
        var numbers = await db.Versions.AsNoTracking().Where(v => v.Number == from || v.Number == to).Select(v => v.Number).ToListAsync(cancellationToken);
        if (!numbers.Contains(from) || !numbers.Contains(to))
        {
            throw new NotFoundException("version");
        }

        return CurriculumDiff.Between(from, await ListCoursesAsync(from, cancellationToken), to, await ListCoursesAsync(to, cancellationToken));
    }

    public async Task<CurriculumDiffView> DescribeChangesAsync(int from, int to, CancellationToken cancellationToken)
    {
        var diff = await DiffAsync(from, to, cancellationToken);
        return new CurriculumDiffView(
            diff,
            (await ListCoursesAsync(from, cancellationToken)).ToDictionary(c => c.Code),
            (await ListCoursesAsync(to, cancellationToken)).ToDictionary(c => c.Code));
    }

    private static IQueryable<CourseDto> Project(IQueryable<Domain.Course> courses) =>
        courses.AsNoTracking().OrderBy(c => c.Order).Select(c => new CourseDto(
            c.Code, c.Title, c.TitleEn, c.Ec, c.Order, c.Summary, c.SummaryEn,
            c.LearningOutcomes.OrderBy(o => o.Order)
                .Select(o => new LearningOutcomeDto(o.Code, o.Description, o.DescriptionEn)).ToList()));
}
