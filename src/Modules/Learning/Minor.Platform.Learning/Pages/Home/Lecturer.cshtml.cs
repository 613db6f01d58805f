using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Minor.Platform.Curriculum.Contracts;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.Tracks.Contracts;

namespace Minor.Platform.Learning.Pages.Home;

/// <summary>A cohort with the modules of its curriculum version.</summary>
public sealed record TeachingCohort(CohortDto Cohort, IReadOnlyList<CourseDto> Modules);

/// <summary>
/// The lecturer's home: the cohorts of their hogeschool with each module's page, schedule and announcements to edit,
/// and what waits to be graded (from the assessment module).
/// </summary>
[Authorize(Roles = $"{Roles.Lecturer},{Roles.Coordinator},{Roles.Examiner}")]
public sealed class LecturerModel(ITracksQueries tracks, ICurriculumQueries curriculum) : PageModel
{
    public IReadOnlyList<TeachingCohort> Cohorts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var cohorts = await tracks.ListCohortsAsync(cancellationToken);
        var versions = new Dictionary<int, IReadOnlyList<CourseDto>>();
        foreach (var version in cohorts.Select(c => c.CurriculumVersion).Distinct())
        {
            versions[version] = await curriculum.ListCoursesAsync(version, cancellationToken);
        }

        Cohorts = cohorts.Select(c => new TeachingCohort(c, versions[c.CurriculumVersion])).ToList();
    }
}
