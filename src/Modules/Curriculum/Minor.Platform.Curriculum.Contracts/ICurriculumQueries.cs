namespace Minor.Platform.Curriculum.Contracts;

/// <summary>The national curriculum as other modules may read it: the current published version.</summary>
public interface ICurriculumQueries
{
    Task<IReadOnlyList<CourseDto>> ListCoursesAsync(CancellationToken cancellationToken);

    Task<CourseDto?> FindCourseAsync(string code, CancellationToken cancellationToken);
}
