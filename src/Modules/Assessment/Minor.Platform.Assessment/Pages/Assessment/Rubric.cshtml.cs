using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Minor.Platform.Assessment.Features.Plans;
using Minor.Platform.Assessment.Features.Rubrics;
using Minor.Platform.Assessment.Localization;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Pages;

namespace Minor.Platform.Assessment.Pages.Assessment;

/// <summary>
/// The rubric editor: criteria with their learning outcome and up to six levels. Works without scripts: a blank
/// criterion is always offered, "add a criterion" offers one more, blank rows are left out on saving.
/// </summary>
[Authorize(Roles = Roles.Lecturer)]
public sealed class RubricModel(Rubrics rubrics, AssessmentPlans plans, IStringLocalizer<AssessmentResource> localizer) : FormPage
{
    public const int LevelSlots = 4;

    [BindProperty(SupportsGet = true)]
    public Guid AssessmentId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Extra { get; set; }

    [BindProperty]
    public List<CriterionForm> Criteria { get; set; } = [];

    public RubricView Rubric { get; private set; } = null!;

    public AssessmentView Assessment { get; private set; } = null!;

    public PlanView Plan { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Criteria = Rubric.Criteria.Select(CriterionForm.From).ToList();
        Criteria.AddRange(Enumerable.Range(0, 1 + Math.Clamp(Extra, 0, 5)).Select(_ => CriterionForm.Blank()));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var filled = Criteria.Where(c => !c.IsBlank).ToList();
        var input = new RubricInput(filled.Select(c => c.ToInput()).ToList());
        if (await RunAsync(() => rubrics.SetAsync(AssessmentId, input, cancellationToken)))
        {
            Message = localizer["Rubric:Saved"];
            return RedirectToPage(new { assessmentId = AssessmentId });
        }

        Criteria = filled.Append(CriterionForm.Blank()).ToList();
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Rubric = await rubrics.GetAsync(AssessmentId, cancellationToken);
            Plan = await plans.PlanOfAsync(AssessmentId, cancellationToken);
            Assessment = Plan.Assessments.First(a => a.Id == AssessmentId);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}

public sealed class CriterionForm
{
    public string? Title { get; set; }

    public string? LearningOutcomeCode { get; set; }

    public List<LevelForm> Levels { get; set; } = [];

    public bool IsBlank => string.IsNullOrWhiteSpace(Title) && Levels.All(l => l.IsBlank);

    public static CriterionForm Blank() => new() { Levels = Enumerable.Range(0, RubricModel.LevelSlots).Select(_ => new LevelForm()).ToList() };

    public static CriterionForm From(CriterionView criterion) => new()
    {
        Title = criterion.Title,
        LearningOutcomeCode = criterion.LearningOutcomeCode,
        Levels = criterion.Levels.Select(l => new LevelForm { Descriptor = l.Descriptor, Points = FormPage.Weight(l.Points) })
            .Concat(Enumerable.Range(0, Math.Max(0, RubricModel.LevelSlots - criterion.Levels.Count)).Select(_ => new LevelForm())).ToList(),
    };

    public CriterionInput ToInput() => new(
        Title, LearningOutcomeCode, Levels.Where(l => !l.IsBlank).Select(l => new LevelInput(l.Descriptor, FormPage.ParseNumber(l.Points) ?? -1)).ToList());
}

public sealed class LevelForm
{
    public string? Descriptor { get; set; }

    public string? Points { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Descriptor) && string.IsNullOrWhiteSpace(Points);
}
