using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Minor.Platform.Curriculum.Contracts;
using Minor.Platform.Curriculum.Features;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Pages;

namespace Minor.Platform.Curriculum.Pages.Curriculum;

/// <summary>One version's modules; while it is a draft, the curriculum board changes, removes and publishes here.</summary>
[AllowAnonymous]
public sealed class VersionModel(CurriculumVersions versions) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public int Number { get; set; }

    public CurriculumVersionView Version { get; private set; } = null!;

    public bool CanEdit => User.IsInRole(Roles.CurriculumBoard) && Version.Status == CurriculumVersionDto.Draft;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken) =>
        ChangeAsync(() => versions.PublishAsync(Number, cancellationToken), $"/curriculum/versies?naar={Number}", cancellationToken);

    public Task<IActionResult> OnPostRemoveAsync(string code, CancellationToken cancellationToken) =>
        ChangeAsync(() => versions.RemoveModuleAsync(Number, code, cancellationToken), $"/curriculum/versies/{Number}", cancellationToken);

    private async Task<IActionResult> ChangeAsync(Func<Task> change, string then, CancellationToken cancellationToken)
    {
        if (!User.IsInRole(Roles.CurriculumBoard))
        {
            return Forbid();
        }

        if (await RunAsync(change))
        {
            return Redirect(then);
        }

        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Version = await versions.GetAsync(Number, cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
