using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Minor.Platform.Curriculum.Contracts;
using Minor.Platform.Curriculum.Features;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Pages;

namespace Minor.Platform.Curriculum.Pages.Curriculum;

/// <summary>The curriculum board changes a module of a draft version, or adds one: titles, EC, description and learning outcomes, in Dutch and English.</summary>
[Authorize(Roles = Roles.CurriculumBoard)]
public sealed class EditModuleModel(CurriculumVersions versions) : FormPage
{
    /// <summary>Empty rows the form offers for new learning outcomes.</summary>
    public const int SpareRows = 2;

    [BindProperty(SupportsGet = true)]
    public int Number { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public string? NewCode { get; set; }

    [BindProperty]
    public ModuleInput Input { get; set; } = new(null, null, null, null, null, []);

    /// <summary>The EC as typed ("5,5" or "5.5"); Input.Ec is read from it.</summary>
    [BindProperty]
    public string? Ec { get; set; }

    public bool IsNew => Code is null;

    public IReadOnlyList<OutcomeInput> Rows => [.. Input.LearningOutcomes ?? [], .. Enumerable.Repeat(new OutcomeInput(null, null, null), SpareRows)];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        CurriculumVersionView version;
        try
        {
            version = await versions.GetAsync(Number, cancellationToken);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        if (version.Status == CurriculumVersionDto.Published)
        {
            return Redirect($"/curriculum/versies/{Number}");
        }

        if (Code is not null)
        {
            var course = version.Modules.FirstOrDefault(m => m.Code == Code);
            if (course is null)
            {
                return NotFound();
            }

            Input = new ModuleInput(
                course.Title, course.TitleEn, course.Ec, course.Summary, course.SummaryEn,
                course.LearningOutcomes.Select(o => new OutcomeInput(o.Code, o.Description, o.DescriptionEn)).ToList());
            Ec = Weight(course.Ec);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // A row left empty is a learning outcome the board did not add.
        var input = Input with
        {
            Ec = string.IsNullOrWhiteSpace(Ec) ? null : ParseNumber(Ec) ?? -1,
            LearningOutcomes = (Input.LearningOutcomes ?? [])
                .Where(o => !string.IsNullOrWhiteSpace(o.Code) || !string.IsNullOrWhiteSpace(o.Description) || !string.IsNullOrWhiteSpace(o.DescriptionEn)).ToList(),
        };
        var code = (Code ?? NewCode ?? "").Trim().ToUpperInvariant();
        if (await RunAsync(() => versions.SaveModuleAsync(Number, code, input, cancellationToken, mustBeNew: IsNew)))
        {
            return Redirect($"/curriculum/versies/{Number}");
        }

        Input = input;
        return Page();
    }
}
