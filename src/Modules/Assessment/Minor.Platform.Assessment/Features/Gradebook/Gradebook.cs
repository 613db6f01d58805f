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

/// <summary>A page of the gradebook (or all of it): <see cref="TotalRows"/> students match the filters, <see cref="Rows"/> are shown.</summary>
public sealed record GradebookView(
    Guid CohortId, string? ModuleCode, IReadOnlyList<GradebookColumn> Columns, IReadOnlyList<string> Modules, IReadOnlyList<GradebookRow> Rows,
    int TotalRows, int Page, int PageCount);

/// <summary>Which part of the gradebook to show: a page of a given size, or every row (exports).</summary>
public sealed record GradebookPage(int Number, int Size)
{
    public const int DefaultSize = 50;

    public static readonly GradebookPage All = new(1, int.MaxValue);

    public static GradebookPage Of(int? number, int? size) => new(Math.Max(1, number ?? 1), Math.Clamp(size ?? DefaultSize, 1, 500));
}

/// <summary>The lecturer's gradebook: a cohort's students × assessments with module results; filtered, exported as CSV or XLSX.</summary>
public sealed class Gradebook(AssessmentDbContext db, ITracksQueries tracks, IIdentityQueries identity, GradebookRosters rosters)
{
    /// <summary>
    /// The gradebook, a page at a time: the students are ordered and filtered first (names and, for an outcome filter,
    /// module results), then grades and results are read for the shown students only, so a page costs the same in a
    /// cohort of 50 as in one of 10,000.
    /// </summary>
    public async Task<GradebookView> GetAsync(Guid cohortId, string? moduleCode, string? outcome, GradebookPage page, CancellationToken cancellationToken)
    {
        var cohort = await tracks.GetCohortAsync(cohortId, cancellationToken) ?? throw new NotFoundException("cohort");
        var module = string.IsNullOrWhiteSpace(moduleCode) ? null : moduleCode.Trim();
        var assessments = await db.Assessments.AsNoTracking()
            .Where(a => a.CohortId == cohort.Id && (module == null || a.CourseCode == module))
            .OrderBy(a => a.CourseCode).ThenBy(a => a.Position).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        var ids = assessments.Select(a => a.Id).ToList();
        var anonymous = assessments.Where(a => a.Anonymous).Select(a => a.Id).ToHashSet();
        var modules = assessments.Select(a => a.CourseCode).Distinct().ToList();
        var roster = await rosters.OrderedAsync(cohort.Id, cancellationToken);
        var all = page == GradebookPage.All;
        ILookup<Guid, ModuleResult>? filtered = null;
        IReadOnlyList<Guid> matching = roster;
        if (!string.IsNullOrWhiteSpace(outcome))
        {
            filtered = await ResultsAsync(cohort.Id, module, null, cancellationToken);
            matching = roster.Where(id => modules.Any(m => ModuleResults.ViewOf(id, filtered[id].FirstOrDefault(r => r.CourseCode == m)).Outcome == outcome)).ToList();
        }

        var total = matching.Count;
        var pageCount = all ? 1 : Math.Max(1, (total + page.Size - 1) / page.Size);
        var number = Math.Min(page.Number, pageCount);
        var shown = all ? matching : matching.Skip((number - 1) * page.Size).Take(page.Size).ToList();
        var names = await identity.GetPeopleAsync(shown.ToList(), cancellationToken);
        var people = shown.Select(id => names.GetValueOrDefault(id)).OfType<PersonDto>().ToList();
        var results = filtered ?? await ResultsAsync(cohort.Id, module, shown, cancellationToken);
        var grades = (await db.StudentGrades.AsNoTracking().Where(g => ids.Contains(g.AssessmentId) && shown.Contains(g.StudentId))
                .Select(g => new { g.AssessmentId, g.StudentId, g.Grade, g.Passed, g.State, g.PublishedAt }).ToListAsync(cancellationToken))
            .ToLookup(g => g.StudentId);

        var rows = people.Select(person =>
        {
            var id = person.Id;
            var cells = grades[id].ToDictionary(
                g => g.AssessmentId,
                g =>
                {
                    // An anonymous assessment's grades stay unlinked to names until they are published.
                    var visible = g.State == GradeState.Final && (g.PublishedAt != null || !anonymous.Contains(g.AssessmentId));
                    return new GradebookCell(visible ? g.Grade : null, visible ? g.Passed : null, Grading.Grading.StateCode(g.State), g.PublishedAt != null);
                });
            var own = results[id].ToDictionary(r => r.CourseCode);
            return new GradebookRow(id, person.FullName, person.Email, cells, modules.ToDictionary(m => m, m => ModuleResults.ViewOf(id, own.GetValueOrDefault(m))));
        }).ToList();
        var columns = assessments.Select(a => new GradebookColumn(a.Id, a.CourseCode, a.Title, a.Weight, AssessmentTypes.CodeOf(a.Scale))).ToList();
        return new GradebookView(cohort.Id, module, columns, modules, rows, total, number, pageCount);
    }

    /// <summary>The module results of the cohort (for the given students only, unless null), per student.</summary>
    private async Task<ILookup<Guid, ModuleResult>> ResultsAsync(Guid cohortId, string? module, IReadOnlyList<Guid>? students, CancellationToken cancellationToken) =>
        (await db.ModuleResults.AsNoTracking()
            .Where(r => r.CohortId == cohortId && (module == null || r.CourseCode == module) && (students == null || students.Contains(r.StudentId)))
            .ToListAsync(cancellationToken))
        .ToLookup(r => r.StudentId);

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
