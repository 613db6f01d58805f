using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Minor.Platform.Curriculum.Contracts;
using Minor.Platform.Tracks.Features.Definitions;

namespace Minor.Platform.Tracks.Pages.Definitions;

/// <summary>The tracks as an applicant reads them: who may enter, what is required, what may be exempted, how long it takes.</summary>
[AllowAnonymous]
public sealed class IndexModel(ManageTracks tracks, ICurriculumQueries curriculum) : PageModel
{
    public IReadOnlyList<TrackView> Tracks { get; private set; } = [];

    public IReadOnlyDictionary<string, CourseDto> Courses { get; private set; } = new Dictionary<string, CourseDto>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Tracks = await tracks.ListAsync(cancellationToken);
        Courses = (await curriculum.ListCoursesAsync(cancellationToken)).ToDictionary(c => c.Code);
    }
}
