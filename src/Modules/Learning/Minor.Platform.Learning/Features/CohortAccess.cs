using Minor.Platform.Curriculum.Contracts;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Tenancy;
using Minor.Platform.Tracks.Contracts;

namespace Minor.Platform.Learning.Features;

/// <summary>A module of a cohort, in the curriculum version the cohort follows.</summary>
public sealed record CourseScope(CohortDto Cohort, CourseDto Course);

/// <summary>
/// Who may see which cohort: staff see the cohorts of their own hogeschool (another's does not exist for them);
/// a student sees the cohort they are enrolled in.
/// </summary>
public sealed class CohortAccess(ITracksQueries tracks, ICurriculumQueries curriculum, ICurrentUser currentUser)
{
    public static readonly string[] Staff = [Roles.Lecturer, Roles.Examiner, Roles.Coordinator];

    public Guid UserId => currentUser.UserId ?? throw new NotFoundException("user");

    public bool IsStaff => Staff.Any(currentUser.IsInRole);

    public async Task<CohortDto> CohortAsync(Guid cohortId, CancellationToken cancellationToken) =>
        await tracks.GetCohortAsync(cohortId, cancellationToken) ?? throw new NotFoundException("cohort");

    /// <summary>A cohort of the caller's hogeschool with the modules of its curriculum version, or null.</summary>
    public async Task<(CohortDto Cohort, IReadOnlyList<CourseDto> Modules)?> CohortWithModulesAsync(Guid cohortId, CancellationToken cancellationToken) =>
        await tracks.GetCohortAsync(cohortId, cancellationToken) is { } cohort
            ? (cohort, await curriculum.ListCoursesAsync(cohort.CurriculumVersion, cancellationToken))
            : null;

    public async Task<CourseScope> CourseAsync(Guid cohortId, string code, CancellationToken cancellationToken)
    {
        var cohort = await CohortAsync(cohortId, cancellationToken);
        var course = await curriculum.FindCourseAsync(code, cohort.CurriculumVersion, cancellationToken) ?? throw new NotFoundException("module");
        return new CourseScope(cohort, course);
    }

    /// <summary>
    /// The signed-in student's cohort; a person without an enrolment has none. Tracks remembers both reads for the
    /// request, so asking again costs nothing.
    /// </summary>
    public async Task<CohortDto?> MyCohortAsync(CancellationToken cancellationToken)
    {
        var enrolment = (await tracks.ListEnrolmentsOfStudentAsync(UserId, cancellationToken)).FirstOrDefault();
        return enrolment is null ? null : await tracks.GetCohortAsync(enrolment.CohortId, cancellationToken);
    }

    public async Task<CourseScope> MyCourseAsync(string code, CancellationToken cancellationToken)
    {
        var cohort = await MyCohortAsync(cancellationToken) ?? throw new NotFoundException("enrolment");
        return await CourseAsync(cohort.Id, code, cancellationToken);
    }

    /// <summary>May the caller read this cohort's pages: its staff, or a student enrolled in it.</summary>
    public async Task<bool> MayReadAsync(Guid cohortId, CancellationToken cancellationToken) =>
        IsStaff ? await tracks.GetCohortAsync(cohortId, cancellationToken) is not null : (await MyCohortAsync(cancellationToken))?.Id == cohortId;
}
