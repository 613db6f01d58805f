using Microsoft.AspNetCore.Mvc;
using Minor.Platform.SharedKernel;

namespace Minor.Platform.Learning.Features.Sections;

/// <summary>
/// The visible sections of a module for the signed-in student, for any page that shows the module (the assessment
/// module's module page invokes it by name, so neither module references the other).
/// </summary>
public sealed class CourseMaterialsViewComponent(CourseSections sections) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string moduleCode)
    {
        try
        {
            return View(await sections.GetMineAsync(moduleCode, HttpContext.RequestAborted));
        }
        catch (NotFoundException)
        {
            return Content("");
        }
    }
}
