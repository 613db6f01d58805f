namespace Minor.Platform.Curriculum.Contracts;

/// <summary>
/// The national curriculum as other modules may read it. Without a version: the newest published one, for what is not
/// tied to a cohort. With a version: the one a cohort follows, which it keeps until a coordinator moves it.
/// </summary>
public interface ICurriculumQueries
{
    Task<IReadOnlyList<CourseDto>> ListCoursesAsync(CancellationToken cancellationToken);

    Task<CourseDto?> FindCourseAsync(string code, CancellationToken cancellationToken);

    Task<IReadOnlyList<CourseDto>> ListCoursesAsync(int version, CancellationToken cancellationToken);

    Task<CourseDto?> FindCourseAsync(string code, int version, CancellationToken cancellationToken);

    /// <summary>The newest published version's number.</summary>
    Task<int> CurrentVersionAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<CurriculumVersionDto>> ListVersionsAsync(CancellationToken cancellationToken);

    /// <summary>What changes from one version to another; throws NotFoundException for a version that does not exist.</summary>
    Task<CurriculumDiffDto> DiffAsync(int from, int to, CancellationToken cancellationToken);

    /// <summary>The diff with both versions' modules, for a page that quotes what changed.</summary>
    Task<CurriculumDiffView> DescribeChangesAsync(int from, int to, CancellationToken cancellationToken);
}
