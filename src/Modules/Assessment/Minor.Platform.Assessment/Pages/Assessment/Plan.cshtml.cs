using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Minor.Platform.Assessment.Features.Plans;
using Minor.Platform.Assessment.Localization;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Pages;

namespace Minor.Platform.Assessment.Pages.Assessment;

/// <summary>The toetsmatrijs of one module in a cohort: learning outcomes × assessments, the gaps, and the draft's editing.</summary>
[Authorize(Roles = Roles.Lecturer + "," + Roles.Examiner + "," + Roles.Coordinator + "," + Roles.ExamBoard)]
public sealed class PlanModel(AssessmentPlans plans, IStringLocalizer<AssessmentResource> localizer) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public Guid CohortId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string ModuleCode { get; set; } = "";

    [BindProperty]
    public NewAssessmentForm Input { get; set; } = new();

    public PlanView Plan { get; private set; } = null!;

    public bool Published => Plan.Status == "published";

    public bool CanEdit => !Published && User.IsInRole(Roles.Lecturer);

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        if (!User.IsInRole(Roles.Lecturer))
        {
            return Forbid();
        }

        var added = await RunAsync(() => plans.AddAsync(CohortId, ModuleCode, Input.ToInput(), cancellationToken));
        return await AfterAsync(added, "Plan:Added", cancellationToken);
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid assessmentId, CancellationToken cancellationToken)
    {
        if (!User.IsInRole(Roles.Lecturer))
        {
            return Forbid();
        }

        var deleted = await RunAsync(() => plans.DeleteAsync(assessmentId, cancellationToken));
        return await AfterAsync(deleted, "Plan:Deleted", cancellationToken);
    }

    public async Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken)
    {
        if (!User.IsInRole(Roles.Lecturer))
        {
            return Forbid();
        }

        var published = await RunAsync(() => plans.PublishAsync(CohortId, ModuleCode, cancellationToken));
        return await AfterAsync(published, "Plan:PublishedMessage", cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(bool succeeded, string message, CancellationToken cancellationToken)
    {
        if (succeeded)
        {
            Message = localizer[message];
            return RedirectToPage(new { cohortId = CohortId, moduleCode = ModuleCode });
        }

        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Plan = await plans.GetAsync(CohortId, ModuleCode, cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}

/// <summary>The "add an assessment" form; numbers accept a decimal comma, dates are Dutch local time.</summary>
public sealed class NewAssessmentForm
{
    public string? Title { get; set; }

    public string? Type { get; set; }

    public string? Weight { get; set; }

    public string Scale { get; set; } = "numeric";

    public string? MinimumGrade { get; set; }

    public int ExaminersRequired { get; set; } = 1;

    public DateTime? Deadline { get; set; }

    public DateTime? ResitDeadline { get; set; }

    public List<string> LearningOutcomeCodes { get; set; } = [];

    public string LateHandIn { get; set; } = "markLate";

    public bool Anonymous { get; set; }

    public AssessmentInput ToInput() => new(
        Title, Type, FormPage.ParseNumber(Weight) ?? (string.IsNullOrWhiteSpace(Weight) ? 0 : -1), LearningOutcomeCodes, Scale,
        FormPage.ParseNumber(MinimumGrade), ExaminersRequired, Local(Deadline), Local(ResitDeadline),
        LateHandIn: LateHandIn, Anonymous: Anonymous);

    private static DateTimeOffset? Local(DateTime? local) => local is { } l ? DutchTime.FromLocal(l) : null;
}
