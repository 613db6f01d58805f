using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Minor.Platform.Curriculum.Contracts;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Pages;
using Minor.Platform.Tracks.Features.Definitions;

namespace Minor.Platform.Tracks.Pages.Definitions;

/// <summary>The curriculum board adds a track or changes one; plans already made keep what they were made with.</summary>
[Authorize(Roles = Roles.CurriculumBoard)]
public sealed class EditModel(ManageTracks tracks, ICurriculumQueries curriculum) : FormPage
{
    /// <summary>How many bridging-unit rows the form offers.</summary>
    public const int BridgingRows = 3;

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public TrackInput Input { get; set; } = new(null, null, null, null, null, null, null, [], [], [], 1);

    public IReadOnlyList<CourseDto> Courses { get; private set; } = [];

    public bool IsNew => Code is null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Courses = await curriculum.ListCoursesAsync(cancellationToken);
        if (Code is not null)
        {
            try
            {
                var track = await tracks.GetAsync(Code, cancellationToken);
                Input = new TrackInput(
                    track.Code, track.Name, track.NameEn, track.Description, track.DescriptionEn, track.EntryRequirements, track.EntryRequirementsEn,
                    track.Exemptible, track.Replaced.Select(r => new ReplacementInput(r.Module, r.Note, r.NoteEn)).ToList(),
                    track.BridgingUnits.Select(b => new BridgingUnitInput(b.Code, b.Name, b.NameEn)).ToList(), track.DurationSemesters);
            }
            catch (NotFoundException)
            {
                return NotFound();
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // A module row without a note is a module the track does not replace.
        var input = Input with { Replaced = (Input.Replaced ?? []).Where(r => !string.IsNullOrWhiteSpace(r.Note) || !string.IsNullOrWhiteSpace(r.NoteEn)).ToList() };
        if (await RunAsync(() => tracks.SaveAsync(Code, input, cancellationToken)))
        {
            return Redirect("/leerroutes");
        }

        Courses = await curriculum.ListCoursesAsync(cancellationToken);
        return Page();
    }

    public string? NoteFor(string module, bool english) =>
        Input.Replaced?.FirstOrDefault(r => r.Module == module) is { } r ? english ? r.NoteEn : r.Note : null;

    public BridgingUnitInput? Unit(int index) => Input.BridgingUnits is { } units && index < units.Count ? units[index] : null;
}
