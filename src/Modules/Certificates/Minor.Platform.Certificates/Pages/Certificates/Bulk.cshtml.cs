using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Minor.Platform.Certificates.Features.Bulk;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.Tracks.Contracts;

namespace Minor.Platform.Certificates.Pages.Certificates;

/// <summary>Follows a bulk issue: htmx asks for the progress every second until it is complete.</summary>
[Authorize(Roles = Roles.Coordinator)]
public sealed class BulkModel(BulkIssueProgressQuery progress, ITracksQueries tracks) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public BulkProgress? Progress { get; private set; }

    public string? CohortName { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Progress = await progress.HandleAsync(Id, cancellationToken);
        if (Progress is null)
        {
            return NotFound();
        }

        CohortName = (await tracks.GetCohortAsync(Progress.CohortId, cancellationToken))?.Name;
        return Page();
    }

    public async Task<IActionResult> OnGetProgressAsync(CancellationToken cancellationToken)
    {
        Progress = await progress.HandleAsync(Id, cancellationToken);
        return Progress is null ? NotFound() : Partial("_BulkProgress", this);
    }
}
