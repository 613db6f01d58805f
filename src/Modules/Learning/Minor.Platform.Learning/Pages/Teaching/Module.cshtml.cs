using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.Learning.Features.Sections;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Files;
using Minor.Platform.SharedKernel.Pages;

namespace Minor.Platform.Learning.Pages.Teaching;

/// <summary>A lecturer writes a module's page for a cohort: sections with formatted text, materials, learning outcomes and a date from which students see them.</summary>
[Authorize(Roles = $"{Roles.Lecturer},{Roles.Coordinator}")]
public sealed class ModuleModel(CourseSections sections) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public Guid CohortId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string ModuleCode { get; set; } = "";

    [BindProperty]
    public SectionForm Section { get; set; } = new();

    public CoursePageView Course { get; private set; } = null!;

    public string? Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostAddSectionAsync(CancellationToken cancellationToken) =>
        ChangeAsync(() => sections.AddSectionAsync(CohortId, ModuleCode, Section.ToInput(), cancellationToken), "new", cancellationToken);

    public Task<IActionResult> OnPostUpdateSectionAsync(Guid sectionId, CancellationToken cancellationToken) =>
        ChangeAsync(() => sections.UpdateSectionAsync(sectionId, Section.ToInput(), cancellationToken), sectionId.ToString(), cancellationToken);

    public Task<IActionResult> OnPostAddLinkAsync(Guid sectionId, string? kind, string? title, string? url, CancellationToken cancellationToken) =>
        ChangeAsync(() => sections.AddLinkAsync(sectionId, new MaterialInput(kind, title, url), cancellationToken), $"material-{sectionId}", cancellationToken);

    public Task<IActionResult> OnPostAddFileAsync(Guid sectionId, string? title, CancellationToken cancellationToken) =>
        ChangeAsync(() => sections.AddFileAsync(sectionId, title, FileUploads.From(Request.Form.Files), cancellationToken), $"material-{sectionId}", cancellationToken);

    public Task<IActionResult> OnPostRemoveMaterialAsync(Guid materialId, CancellationToken cancellationToken) =>
        ChangeAsync(() => sections.RemoveMaterialAsync(materialId, cancellationToken), null, cancellationToken);

    public Task<IActionResult> OnPostDeleteSectionAsync(Guid sectionId, CancellationToken cancellationToken) =>
        ChangeAsync(() => sections.DeleteSectionAsync(sectionId, cancellationToken), null, cancellationToken);

    private async Task<IActionResult> ChangeAsync(Func<Task> change, string? failedFor, CancellationToken cancellationToken)
    {
        if (await RunAsync(change, failedFor))
        {
            return Redirect($"/cohorten/{CohortId}/modules/{ModuleCode}?opgeslagen=true");
        }

        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Course = await sections.GetForStaffAsync(CohortId, ModuleCode, cancellationToken);
            Saved = Request.Query["opgeslagen"] == "true" ? "Sections:Saved" : null;
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}

/// <summary>The new-section form as typed: the date and time in Dutch time, the outcomes as ticked.</summary>
public sealed class SectionForm
{
    public string? Title { get; set; }

    public string? Body { get; set; }

    public DateOnly? VisibleFromDate { get; set; }

    public TimeOnly? VisibleFromTime { get; set; }

    public List<string> LearningOutcomeCodes { get; set; } = [];

    public SectionInput ToInput() => new(
        Title, Body,
        VisibleFromDate is { } date ? DutchTime.FromLocal(date.ToDateTime(VisibleFromTime ?? new TimeOnly(8, 0))) : null,
        LearningOutcomeCodes);
}
