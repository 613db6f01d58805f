using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.Intake.Features.Applications;
using Minor.Platform.SharedKernel;
using Minor.Platform.Tracks.Contracts;

namespace Minor.Platform.Intake.Pages.Intake;

/// <summary>The public application form; it uses the same handler, and so the same rules, as the API.</summary>
[AllowAnonymous]
public sealed class ApplyModel(IIdentityQueries identity, ITracksQueries tracks, SubmitApplicationHandler handler) : PageModel
{
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();

    [BindProperty] public string? FirstName { get; set; }
    [BindProperty] public string? LastName { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? InstitutionCode { get; set; }
    [BindProperty] public string? TrackCode { get; set; }
    [BindProperty] public string? Sector { get; set; }
    [BindProperty] public int? YearsExperience { get; set; }
    [BindProperty] public string? EducationLevel { get; set; }
    [BindProperty] public string? Region { get; set; }
    [BindProperty] public string? Motivation { get; set; }
    [BindProperty] public bool Consent { get; set; }

    public bool Submitted { get; private set; }

    public bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public IReadOnlyList<InstitutionDto> Institutions { get; private set; } = [];

    public IReadOnlyList<TrackDto> Tracks { get; private set; } = [];

    public IReadOnlyList<string> ErrorsFor(string field) => _errors.TryGetValue(field, out var e) ? e : [];

    public string Invalid(string field) => _errors.ContainsKey(field) ? "is-invalid" : "";

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        try
        {
            await handler.HandleAsync(
                new SubmitApplication(FirstName, LastName, Email, InstitutionCode, TrackCode,
                    new BackgroundInput(Sector, YearsExperience, EducationLevel, Region), Motivation, Consent),
                cancellationToken);
            Submitted = true;
        }
        catch (InputValidationException ex)
        {
            _errors = ex.Errors;
            foreach (var (field, messages) in ex.Errors)
            {
                ModelState.AddModelError(field, string.Join(" ", messages));
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Institutions = await identity.ListInstitutionsAsync(cancellationToken);
        Tracks = await tracks.ListTracksAsync(cancellationToken);
    }
}
