using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Minor.Platform.Curriculum.Contracts;

namespace Minor.Platform.Curriculum.Pages.Curriculum;

[AllowAnonymous]
public sealed class IndexModel(ICurriculumQueries queries) : PageModel
{
    public IReadOnlyList<CourseDto> Courses { get; private set; } = [];

    /// <summary>The newest published version, the one shown.</summary>
    public CurriculumVersionDto? Version { get; private set; }

    public decimal TotalEc => Courses.Sum(c => c.Ec);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Version = (await queries.ListVersionsAsync(cancellationToken)).LastOrDefault(v => v.Status == CurriculumVersionDto.Published);
        Courses = await queries.ListCoursesAsync(cancellationToken);
    }
}
