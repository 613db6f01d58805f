using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Minor.Platform.Assessment.Features.Grading;
using Minor.Platform.Assessment.Features.Plans;
using Minor.Platform.Assessment.Features.Rubrics;
using Minor.Platform.Assessment.Localization;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Pages;

namespace Minor.Platform.Assessment.Pages.Assessment;

/// <summary>An examiner's grading list for one assessment: own grade and feedback, calibration, publication, changes.</summary>
[Authorize(Roles = Roles.Examiner)]
public sealed class GradeModel(Grading grading, GradingQueries queries, IStringLocalizer<AssessmentResource> localizer) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public Guid AssessmentId { get; set; }

    public GradingList List { get; private set; } = null!;

    public bool PassFail => List.Assessment.Scale == "passfail";

    [TempData]
    public string? Message { get; set; }

    /// <summary>What the failed form held, to show it again.</summary>
    public string? Posted(string field) => FailedFor is null ? null : Request.Form[field].ToString();

    /// <summary>The grade field of one student's form, refilled with what was posted when that form failed.</summary>
    public MarkInputModel MarkInput(string form, GradingLine line, string label, string? current = null)
    {
        var failed = FailedFor == line.StudentId.ToString();
        var field = PassFail ? "passed" : "grade";
        return new MarkInputModel($"{form}-{line.StudentId:N}", label, PassFail, failed ? Posted(field) : current, failed ? FieldError(field) : null);
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostGradeAsync(
        Guid studentId, string? grade, string? passed, string? feedback, string? overrideReason, CancellationToken cancellationToken) =>
        AfterAsync(
            RunAsync(
                () => grading.GradeAsync(
                    AssessmentId,
                    new GradeInput(studentId, ParseNumber(grade), Passed(passed), feedback, RubricChoices(), overrideReason),
                    cancellationToken),
                studentId.ToString()),
            "Grade:Saved", cancellationToken);

    /// <summary>The rubric level chosen for a criterion in this student's form: as posted after a failure, else the examiner's own.</summary>
    public int? ChosenLevel(GradingLine line, Guid criterionId)
    {
        if (FailedFor == line.StudentId.ToString())
        {
            return int.TryParse(Request.Form[$"rubric-{criterionId:N}"], out var posted) ? posted : null;
        }

        return line.Mine?.Rubric.FirstOrDefault(r => r.CriterionId == criterionId)?.Level;
    }

    /// <summary>Radio groups named "rubric-{criterion}" with the level's index as value.</summary>
    private List<RubricChoice> RubricChoices() => Request.Form
        .Where(field => field.Key.StartsWith("rubric-", StringComparison.Ordinal)
                        && Guid.TryParse(field.Key["rubric-".Length..], out _) && int.TryParse(field.Value, out _))
        .Select(field => new RubricChoice(Guid.Parse(field.Key["rubric-".Length..]), int.Parse(field.Value!, System.Globalization.CultureInfo.InvariantCulture)))
        .ToList();

    public Task<IActionResult> OnPostCalibrateAsync(Guid studentId, string? grade, string? passed, string? reason, CancellationToken cancellationToken) =>
        AfterAsync(
            RunAsync(() => grading.CalibrateAsync(AssessmentId, studentId, ParseNumber(grade), Passed(passed), reason, cancellationToken), studentId.ToString()),
            "Grade:Calibrated", cancellationToken);

    public Task<IActionResult> OnPostChangeAsync(Guid studentId, string? grade, string? passed, string? reason, CancellationToken cancellationToken) =>
        AfterAsync(
            RunAsync(() => grading.ChangeAsync(AssessmentId, studentId, ParseNumber(grade), Passed(passed), reason, cancellationToken), studentId.ToString()),
            "Grade:Changed", cancellationToken);

    public async Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken)
    {
        PublishOutcome? outcome = null;
        var published = await RunAsync(async () => outcome = await grading.PublishAsync(AssessmentId, cancellationToken));
        if (published)
        {
            Message = localizer["Grade:PublishedMessage", outcome!.Published, outcome.AwaitingCalibration + outcome.AwaitingExaminers];
            return RedirectToPage(new { assessmentId = AssessmentId });
        }

        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private static bool? Passed(string? value) => value switch
    {
        "true" => true,
        "false" => false,
        _ => null,
    };

    private async Task<IActionResult> AfterAsync(Task<bool> command, string message, CancellationToken cancellationToken)
    {
        if (await command)
        {
            Message = localizer[message];
            return RedirectToPage(new { assessmentId = AssessmentId });
        }

        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            List = await queries.ListAsync(AssessmentId, cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
