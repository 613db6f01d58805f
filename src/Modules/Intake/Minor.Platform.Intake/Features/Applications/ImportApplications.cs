using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.Intake.Data;
using Minor.Platform.Intake.Domain;
using Minor.Platform.Intake.Localization;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Files;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Intake.Features.Applications;

public sealed record ImportResult(int Imported, int AlreadyPresent);

/// <summary>
/// Imports applications from a CSV export with Studielink-like columns for the coordinator's own hogeschool. Every row
/// is checked by the same rules as the application form; a file with any error stores nothing, and the answer lists
/// each error with its line number. Rows already imported (same e-mail, same request date) are skipped, so importing a
/// file again after an interruption adds nothing twice.
/// </summary>
public sealed class ImportApplicationsHandler(
    IntakeDbContext db,
    ApplicationRules rules,
    IIdentityQueries identity,
    ICurrentUser currentUser,
    IStringLocalizer<IntakeResource> localizer)
{
    public const int MaxBytes = 2 * 1024 * 1024;
    public const int MaxRows = 5000;

    /// <summary>The columns, in the template's order; the first ten are required.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "Voornaam", "Achternaam", "E-mailadres", "Leerroute", "Sector", "Jaren werkervaring", "Vooropleiding", "Provincie",
        "Motivatie", "Datum verzoek tot inschrijving",
    ];

    private static readonly Dictionary<string, string> FieldColumns = new(StringComparer.Ordinal)
    {
        ["firstName"] = "Voornaam", ["lastName"] = "Achternaam", ["email"] = "E-mailadres", ["trackCode"] = "Leerroute",
        ["background.sector"] = "Sector", ["background.yearsExperience"] = "Jaren werkervaring",
        ["background.educationLevel"] = "Vooropleiding", ["background.region"] = "Provincie", ["motivation"] = "Motivatie",
    };

    private static readonly string[] DateFormats = ["d-M-yyyy", "yyyy-MM-dd", "d/M/yyyy"];

    /// <summary>An example file with the columns and one row, to fill in or to compare an export with.</summary>
    public static byte[] Template() => TableExport.Csv(Columns,
        [["Sanne", "de Vries", "sanne.devries@example.nl", "Z2", "Politie", "8", "mbo", "Utrecht", "Als wijkagent wil ik bewoners verbinden.", "15-03-2026"]]);

    public async Task<ImportResult> HandleAsync(Stream csv, CancellationToken cancellationToken)
    {
        var institutionId = currentUser.InstitutionId ?? throw new NotFoundException("institution");
        var institution = (await identity.ListInstitutionsAsync(cancellationToken)).Single(i => i.Id == institutionId);
        var errors = new InputErrors();
        var applications = new List<(int Line, Application Application)>();
        using (var reader = new StreamReader(csv, new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true))
        using (var parser = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
               {
                   DetectDelimiter = true, DetectDelimiterValues = [";", ",", "\t"], TrimOptions = TrimOptions.Trim, BadDataFound = null,
                   MissingFieldFound = null, PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
               }))
        {
            if (!await parser.ReadAsync() || !parser.ReadHeader())
            {
                throw Invalid("file", localizer["Import:Empty"]);
            }

            var header = parser.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToHashSet();
            var missing = Columns.Where(c => !header.Contains(c.ToLowerInvariant())).ToList();
            if (missing.Count > 0)
            {
                throw Invalid(LineKey(1), localizer["Import:MissingColumns", string.Join(", ", missing)]);
            }

            var emails = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            while (await parser.ReadAsync())
            {
                // The line the record starts on, also when a quoted field spans lines.
                var line = parser.Parser.RawRow - parser.Parser.RawRecord.TrimEnd('\r', '\n').Count(c => c == '\n');
                if (parser.Parser.Record!.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                if (applications.Count >= MaxRows)
                {
                    throw Invalid(LineKey(line), localizer["Import:TooManyRows", MaxRows]);
                }

                var row = await CheckRowAsync(parser, line, institution.Code, errors, cancellationToken);
                var email = Field(parser, "E-mailadres")?.Trim();
                if (email is { Length: > 0 } && !emails.TryAdd(email, line))
                {
                    errors.Add(LineKey(line), localizer["Import:DuplicateInFile", emails[email]]);
                }
                else if (row is not null)
                {
                    applications.Add((line, row));
                }
            }
        }

        errors.ThrowIfAny();
        if (applications.Count == 0)
        {
            throw Invalid("file", localizer["Import:Empty"]);
        }

        var present = await AlreadyPresentAsync(applications.Select(a => a.Application).ToList(), cancellationToken);
        var fresh = applications.Select(a => a.Application).Where(a => !present.Contains((a.Email.ToLowerInvariant(), a.SubmittedAt))).ToList();
        db.Applications.AddRange(fresh);
        await db.SaveChangesAsync(cancellationToken);
        return new ImportResult(fresh.Count, applications.Count - fresh.Count);
    }

    private async Task<Application?> CheckRowAsync(CsvReader row, int line, string institutionCode, InputErrors errors, CancellationToken cancellationToken)
    {
        var rowErrors = new InputErrors();
        var years = Field(row, "Jaren werkervaring");
        var submitted = Field(row, "Datum verzoek tot inschrijving");
        DateTimeOffset? submittedAt = DateTime.TryParseExact(submitted?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? DutchTime.FromLocal(date.Date.AddHours(12))
            : null;
        var application = await rules.CheckAsync(
            new SubmitApplication(
                Field(row, "Voornaam"), Field(row, "Achternaam"), Field(row, "E-mailadres"), institutionCode, Field(row, "Leerroute"),
                new BackgroundInput(
                    Field(row, "Sector"),
                    int.TryParse(years, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null,
                    EducationLevel(Field(row, "Vooropleiding")),
                    Field(row, "Provincie")),
                Field(row, "Motivatie"),
                Consent: true),
            submittedAt ?? DateTimeOffset.UnixEpoch,
            rowErrors,
            cancellationToken);
        if (submittedAt is null)
        {
            rowErrors.Add("submittedAt", localizer["Import:Date"]);
        }

        foreach (var (field, messages) in rowErrors.Entries)
        {
            var column = FieldColumns.GetValueOrDefault(field, "Datum verzoek tot inschrijving");
            foreach (var message in messages)
            {
                errors.Add(LineKey(line), $"{column}: {message}");
            }
        }

        return rowErrors.Any ? null : application;
    }

    /// <summary>Applications of this hogeschool with the same e-mail and request moment as a row of the file.</summary>
    private async Task<HashSet<(string Email, DateTimeOffset SubmittedAt)>> AlreadyPresentAsync(List<Application> rows, CancellationToken cancellationToken)
    {
        var emails = rows.Select(a => a.Email).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var existing = await db.Applications.AsNoTracking()
            .Where(a => emails.Contains(a.Email))
            .Select(a => new { a.Email, a.SubmittedAt })
            .ToListAsync(cancellationToken);
        return existing.Select(a => (a.Email.ToLowerInvariant(), a.SubmittedAt)).ToHashSet();
    }

    /// <summary>Studielink writes "overig" where the form says "other".</summary>
    private static string? EducationLevel(string? value) =>
        string.Equals(value?.Trim(), "overig", StringComparison.OrdinalIgnoreCase) ? "other" : value;

    private static string? Field(CsvReader row, string column) => row.TryGetField<string>(column.ToLowerInvariant(), out var value) ? value : null;

    public static string LineKey(int line) => "line " + line.ToString(CultureInfo.InvariantCulture);

    private static InputValidationException Invalid(string key, string message) => new(new Dictionary<string, string[]> { [key] = [message] });
}
