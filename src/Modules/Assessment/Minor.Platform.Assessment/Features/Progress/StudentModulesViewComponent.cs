using Microsoft.AspNetCore.Mvc;

namespace Minor.Platform.Assessment.Features.Progress;

/// <summary>
/// The signed-in student's modules with result, learning outcomes achieved and the next deadline, for a page outside
/// this module (the student's home invokes it by name).
/// </summary>
public sealed class StudentModulesViewComponent(StudentProgress progress, TimeProvider time) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() => View(await progress.OverviewAsync(time.GetUtcNow(), HttpContext.RequestAborted));
}
