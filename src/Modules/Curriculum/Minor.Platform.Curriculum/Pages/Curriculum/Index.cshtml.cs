using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Minor.Platform.Curriculum.Contracts;

namespace Minor.Platform.Curriculum.Pages.Curriculum;

[AllowAnonymous]
public sealed class IndexModel(ICurriculumQueries queries) : PageModel
{
    public IReadOnlyList<CourseDto> Courses { get; private set; } = [];

    public decimal TotalEc => Courses.Sum(c => c.Ec);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Courses = await queries.ListCoursesAsync(cancellationToken);
}
