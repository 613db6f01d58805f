using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Minor.Platform.Curriculum.Contracts;
using Minor.Platform.Curriculum.Features;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.SharedKernel.Pages;

namespace Minor.Platform.Curriculum.Pages.Curriculum;

/// <summary>Every version of the curriculum, what changed between two of them, and (for the board) a new draft.</summary>
[AllowAnonymous]
public sealed class VersionsModel(ICurriculumQueries queries, CurriculumVersions versions) : FormPage
{
    public IReadOnlyList<CurriculumVersionDto> Versions { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "van")]
    public int? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "naar")]
    public int? To { get; set; }

    public CurriculumDiffView? Changes { get; private set; }

    public bool IsBoard => User.IsInRole(Roles.CurriculumBoard);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostDraftAsync(CancellationToken cancellationToken)
    {
        if (!IsBoard)
        {
            return Forbid();
        }

        CurriculumVersionView? draft = null;
        if (await RunAsync(async () => draft = await versions.CreateDraftAsync(cancellationToken)))
        {
            return Redirect($"/curriculum/versies/{draft!.Version}");
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Versions = await queries.ListVersionsAsync(cancellationToken);
        var published = Versions.Where(v => v.Status == CurriculumVersionDto.Published).Select(v => v.Version).ToList();
        To ??= Versions.LastOrDefault()?.Version;
        From ??= published.LastOrDefault(v => v < To) is var previous and > 0 ? previous : null;
        if (From is { } from && To is { } to && from != to && Versions.Any(v => v.Version == from) && Versions.Any(v => v.Version == to))
        {
            Changes = await queries.DescribeChangesAsync(from, to, cancellationToken);
        }
    }
}
