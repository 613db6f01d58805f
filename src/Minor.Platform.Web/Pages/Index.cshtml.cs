using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Minor.Platform.Curriculum.Contracts;

namespace Minor.Platform.Web.Pages;

[AllowAnonymous]
public sealed class IndexModel(ICurriculumQueries curriculum) : PageModel
{
    public IReadOnlyList<CourseDto> Courses { get; private set; } = [];

    public decimal TotalEc => Courses.Sum(c => c.Ec);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Courses = await curriculum.ListCoursesAsync(cancellationToken);
}
