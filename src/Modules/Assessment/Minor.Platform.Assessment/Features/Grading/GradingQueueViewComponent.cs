using Microsoft.AspNetCore.Mvc;

namespace Minor.Platform.Assessment.Features.Grading;

/// <summary>What waits for the signed-in examiner, per assessment, for a page outside this module (the lecturer's home).</summary>
public sealed class GradingQueueViewComponent(GradingQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() => View(await queries.QueueAsync(HttpContext.RequestAborted));
}
