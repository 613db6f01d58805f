using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Minor.Platform.Curriculum.Contracts;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.Learning.Features;
using Minor.Platform.Learning.Features.Announcements;
using Minor.Platform.SharedKernel.Pages;
using Minor.Platform.Tracks.Contracts;

namespace Minor.Platform.Learning.Pages.Teaching;

/// <summary>Announcements to a cohort or one of its modules: written here, shown on the students' home and mailed to them.</summary>
[Authorize(Roles = $"{Roles.Lecturer},{Roles.Coordinator}")]
public sealed class AnnouncementsModel(Announcements announcements, CohortAccess access) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public Guid CohortId { get; set; }

    [BindProperty]
    public AnnouncementInput Input { get; set; } = new(null, null, null);

    public CohortDto Cohort { get; private set; } = null!;

    public IReadOnlyList<CourseDto> Modules { get; private set; } = [];

    public IReadOnlyList<AnnouncementView> Published { get; private set; } = [];

    public bool Sent => Request.Query["verstuurd"] == "true";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await RunAsync(() => announcements.PublishAsync(CohortId, Input, cancellationToken)))
        {
            return Redirect($"/cohorten/{CohortId}/mededelingen?verstuurd=true");
        }

        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await access.CohortWithModulesAsync(CohortId, cancellationToken) is not { } found)
        {
            return false;
        }

        (Cohort, Modules) = found;
        Published = await announcements.ListAsync(CohortId, cancellationToken);
        return true;
    }
}
