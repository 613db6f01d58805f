using Microsoft.EntityFrameworkCore;
using Minor.Platform.Assessment.Contracts;
using Minor.Platform.Assessment.Data;
using Minor.Platform.Assessment.Domain;
using Minor.Platform.Assessment.Features.Grading;
using Minor.Platform.Assessment.Features.Results;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Files;
using Minor.Platform.Tracks.Contracts;

namespace Minor.Platform.Assessment.Features.Gradebook;

public sealed record GradebookColumn(Guid AssessmentId, string ModuleCode, string Title, decimal Weight, string Scale);

/// <summary>One grade in the gradebook: the settled grade (published or not yet) and where it stands.</summary>
public sealed record GradebookCell(decimal? Grade, bool? Passed, string State, bool Published);

public sealed record GradebookRow(
    Guid StudentId, string StudentName, string Email, IReadOnlyDictionary<Guid, GradebookCell> Grades, IReadOnlyDictionary<string, ModuleResultView> Results);

public sealed record GradebookView(Guid CohortId, string? ModuleCode, IReadOnlyList<GradebookColumn> Columns, IReadOnlyList<string> Modules, IReadOnlyList<GradebookRow> Rows);

/// <summary>The lecturer's gradebook: a cohort's students × assessments with module results; filtered, exported as CSV or XLSX.</summary>
public sealed class Gradebook(AssessmentDbContext db, ITracksQueries tracks, IIdentityQueries identity)
{
    public async Task<GradebookView> GetAsync(Guid cohortId, string? moduleCode, string? outcome, CancellationToken cancellationToken)
    {
        var cohort = await tracks.GetCohortAsync(cohortId, cancellationToken) ?? throw new NotFoundException("cohort");
        var module = string.IsNullOrWhiteSpace(moduleCode) ? null : moduleCode.Trim();
        var assessments = await db.Assessments.AsNoTracking()
            .Where(a => a.CohortId == cohort.Id && (module == null || a.CourseCode == module))
            .OrderBy(a => a.CourseCode).ThenBy(a => a.Position).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        var ids = assessments.Select(a => a.Id).ToList();
        var anonymous = assessments.Where(a => a.Anonymous).Select(a => a.Id).ToHashSet();
        var grades = await db.StudentGrades.AsNoTracking().Where(g => ids.Contains(g.AssessmentId))
            .Select(g => new { g.AssessmentId, g.StudentId, g.Grade, g.Passed, g.State, g.PublishedAt }).ToListAsync(cancellationToken);
        var results = await db.ModuleResults.AsNoTracking().Where(r => r.CohortId == cohort.Id && (module == null || r.CourseCode == module))
            .ToListAsync(cancellationToken);
        var enrolments = await tracks.ListEnrolmentsAsync(cohort.Id, cancellationToken);
        var people = await identity.GetPeopleAsync(enrolments.Select(e => e.StudentId).ToList(), cancellationToken);
        var modules = assessments.Select(a => a.CourseCode).Distinct().ToList();

        var gradesByStudent = grades.ToLookup(g => g.StudentId);
        var resultsByStudent = results.ToLookup(r => r.StudentId);
        var rows = enrolments.Select(e =>
            {
                var person = people.GetValueOrDefault(e.StudentId);
                var cells = gradesByStudent[e.StudentId].ToDictionary(
                    g => g.AssessmentId,
                    g =>
                    {
                        // An anonymous assessment's grades stay unlinked to names until they are published.
                        var shown = g.State == GradeState.Final && (g.PublishedAt != null || !anonymous.Contains(g.AssessmentId));
                        return new GradebookCell(shown ? g.Grade : null, shown ? g.Passed : null, Grading.Grading.StateCode(g.State), g.PublishedAt != null);
                    });
                var own = resultsByStudent[e.StudentId].ToDictionary(r => r.CourseCode);
                var moduleResults = modules.ToDictionary(m => m, m => ModuleResults.ViewOf(e.StudentId, own.GetValueOrDefault(m)));
                return new GradebookRow(e.StudentId, person?.FullName ?? "", person?.Email ?? "", cells, moduleResults);
            })
            .Where(r => string.IsNullOrWhiteSpace(outcome) || r.Results.Values.Any(v => v.Outcome == outcome))
            .OrderBy(r => people.GetValueOrDefault(r.StudentId)?.LastName, StringComparer.CurrentCulture).ThenBy(r => r.StudentName, StringComparer.CurrentCulture)
            .ToList();
        var columns = assessments.Select(a => new GradebookColumn(a.Id, a.CourseCode, a.Title, a.Weight, AssessmentTypes.CodeOf(a.Scale))).ToList();
        return new GradebookView(cohort.Id, module, columns, modules, rows);
    }

    /// <summary>The header and rows of an export: student, e-mail, every assessment, every module result.</summary>
    public static (IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<object?>> Rows) Table(GradebookView book)
    {
        var header = new List<string> { "Student", "E-mail" };
        header.AddRange(book.Columns.Select(c => $"{c.ModuleCode} {c.Title}"));
        header.AddRange(book.Modules.Select(m => $"{m} resultaat"));
        var rows = book.Rows.Select(r => (IReadOnlyList<object?>)
        [
            r.StudentName, r.Email,
            .. book.Columns.Select(c => r.Grades.TryGetValue(c.AssessmentId, out var cell) ? Value(cell.Grade, cell.Passed) : null),
            .. book.Modules.Select(m => r.Results[m] is var result && result.Grade is { } grade ? grade : (object?)result.Code),
        ]);
        return (header, rows);
    }

    public static byte[] Csv(GradebookView book)
    {
        var (header, rows) = Table(book);
        return TableExport.Csv(header, rows);
    }

    public static byte[] Xlsx(GradebookView book)
    {
        var (header, rows) = Table(book);
        return TableExport.Xlsx("Cijfers", header, rows);
    }

    private static object? Value(decimal? grade, bool? passed) => grade is { } g ? g : passed is { } p ? (p ? ModuleResultCodes.Satisfied : ModuleResultCodes.Failed) : null;
}
