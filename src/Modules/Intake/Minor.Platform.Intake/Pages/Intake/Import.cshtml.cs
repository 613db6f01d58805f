using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.Intake.Features.Applications;
using Minor.Platform.Intake.Localization;
using Minor.Platform.SharedKernel;

namespace Minor.Platform.Intake.Pages.Intake;

/// <summary>A coordinator imports applications from a CSV export; errors are listed per line and nothing is stored until the file is clean.</summary>
[Authorize(Roles = Roles.Coordinator)]
[RequestSizeLimit(ImportApplicationsHandler.MaxBytes + 64 * 1024)]
public sealed class ImportModel(ImportApplicationsHandler import, IStringLocalizer<IntakeResource> localizer) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    [TempData]
    public string? Message { get; set; }

    /// <summary>Each error as (line, message); line 0 is about the file as a whole.</summary>
    public IReadOnlyList<(int Line, string Message)> Errors { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            Errors = [(0, localizer["Import:Empty"])];
            return Page();
        }

        if (Upload.Length > ImportApplicationsHandler.MaxBytes)
        {
            Errors = [(0, localizer["Import:TooLarge", ImportApplicationsHandler.MaxBytes / (1024 * 1024)])];
            return Page();
        }

        try
        {
            await using var stream = Upload.OpenReadStream();
            var result = await import.HandleAsync(stream, cancellationToken);
            Message = localizer["Import:Done", result.Imported, result.AlreadyPresent];
            return RedirectToPage();
        }
        catch (InputValidationException ex)
        {
            Errors = ex.Errors
                .SelectMany(e => e.Value.Select(message => (Line: LineOf(e.Key), Message: message)))
                .OrderBy(e => e.Line).ToList();
            return Page();
        }
    }

    private static int LineOf(string key) =>
        key.StartsWith("line ", StringComparison.Ordinal) && int.TryParse(key[5..], out var line) ? line : 0;
}
