using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Minor.Platform.Assessment.Contracts;
using Minor.Platform.Assessment.Features.Results;
using Minor.Platform.Assessment.Localization;
using Minor.Platform.Curriculum.Contracts;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Localization;
using Minor.Platform.Tracks.Contracts;

namespace Minor.Platform.Assessment.Pages.Results;

[Authorize(Roles = Roles.Lecturer + "," + Roles.Examiner)]
public sealed class IndexModel(
    ITracksQueries tracks,
    ICurriculumQueries curriculum,
    IIdentityQueries identity,
    IAssessmentQueries assessment,
    RecordModuleResultHandler record,
    ErrorMessages errorMessages,
    IStringLocalizer<AssessmentResource> localizer) : PageModel
{
    private IReadOnlyDictionary<string, string[]> _fieldErrors = new Dictionary<string, string[]>();
    private IReadOnlyDictionary<Guid, PersonDto> _people = new Dictionary<Guid, PersonDto>();

    [BindProperty(SupportsGet = true)]
    public Guid? CohortId { get; set; }

    [BindProperty] public string? ModuleCode { get; set; }
    [BindProperty] public Guid StudentId { get; set; }
    [BindProperty] public string? Grade { get; set; }

    public IReadOnlyList<CohortDto> Cohorts { get; private set; } = [];
    public CohortDto? Cohort { get; private set; }
    public IReadOnlyList<CourseDto> Courses { get; private set; } = [];
    public IReadOnlyList<PersonDto> Students { get; private set; } = [];
    public IReadOnlyList<ModuleResultDto> Results { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; private set; }

    public string? FieldError(string field) => _fieldErrors.TryGetValue(field, out var e) ? string.Join(" ", e) : null;

    public string NameOf(Guid studentId) => _people.TryGetValue(studentId, out var p) ? p.FullName : studentId.ToString();

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Cohort is null)
        {
            return NotFound();
        }

        try
        {
            var grade = ParseGrade(Grade);
            var result = await record.HandleAsync(new RecordModuleResult(Cohort.Id, ModuleCode ?? "", StudentId, grade), cancellationToken);
            Message = localizer["Results:Saved", NameOf(StudentId), ModuleCode ?? "", result.Grade.ToString("0.0", CultureInfo.CurrentCulture)];
            return RedirectToPage(new { cohortId = Cohort.Id });
        }
        catch (InputValidationException ex)
        {
            _fieldErrors = ex.Errors;
        }
        catch (BusinessRuleException ex)
        {
            Error = errorMessages.For(ex.Code);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        return Page();
    }

    /// <summary>Accepts both "7,5" (Dutch) and "7.5".</summary>
    private static decimal? ParseGrade(string? text) =>
        decimal.TryParse(text?.Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var grade)
            ? grade
            : null;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Cohorts = await tracks.ListCohortsAsync(cancellationToken);
        Cohort = Cohorts.FirstOrDefault(c => c.Id == CohortId) ?? (CohortId is null ? Cohorts.FirstOrDefault() : null);
        if (Cohort is null)
        {
            return;
        }

        Courses = await curriculum.ListCoursesAsync(cancellationToken);
        var enrolments = await tracks.ListEnrolmentsAsync(Cohort.Id, cancellationToken);
        Results = await assessment.ListResultsAsync(Cohort.Id, cancellationToken);
        _people = await identity.GetPeopleAsync(enrolments.Select(e => e.StudentId).ToArray(), cancellationToken);
        Students = _people.Values.OrderBy(p => p.LastName).ToList();
    }
}
