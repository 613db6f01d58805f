using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Minor.Platform.Assessment.Features.Gradebook;
using Minor.Platform.Curriculum.Contracts;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Pages;
using Minor.Platform.Tracks.Contracts;

namespace Minor.Platform.Assessment.Pages.Assessment;

/// <summary>The gradebook of a cohort: students × assessments and module results, filtered by module and outcome.</summary>
[Authorize(Roles = Roles.Lecturer + "," + Roles.Examiner + "," + Roles.Coordinator + "," + Roles.ExamBoard)]
public sealed class GradebookModel(Gradebook gradebook, ICurriculumQueries curriculum, ITracksQueries tracks) : FormPage
{
    public static readonly string[] Outcomes = ["passed", "failed", "incomplete"];

    [BindProperty(SupportsGet = true)]
    public Guid CohortId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Module { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Outcome { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int? PageNumber { get; set; }

    public GradebookView Book { get; private set; } = null!;

    public IReadOnlyList<CourseDto> Courses { get; private set; } = [];

    /// <summary>A link to another page of the gradebook, keeping the filters.</summary>
    public string PageLink(int number) =>
        $"/assessment/{CohortId}/gradebook?module={Uri.EscapeDataString(Module ?? "")}&outcome={Uri.EscapeDataString(Outcome ?? "")}&pagina={number}";

    /// <summary>The export links keep the filters the reader chose.</summary>
    public string ExportQuery => $"?module={Uri.EscapeDataString(Module ?? "")}&outcome={Uri.EscapeDataString(Outcome ?? "")}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            Book = await gradebook.GetAsync(CohortId, Module, Outcome, GradebookPage.Of(PageNumber, null), cancellationToken);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        // The module filter offers the modules of the curriculum version the cohort follows.
        Courses = await curriculum.ListCoursesAsync((await tracks.GetCohortAsync(CohortId, cancellationToken))!.CurriculumVersion, cancellationToken);
        return Page();
    }
}
