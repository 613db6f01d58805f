using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.Intake.Data;
using Minor.Platform.Intake.Domain;
using Minor.Platform.Intake.Localization;
using Minor.Platform.SharedKernel;

namespace Minor.Platform.Intake.Features.National;

/// <summary>What the national figures can be split by.</summary>
public enum NationalGroupBy
{
    Institution,
    Track,
    Sector,
    Experience,
    Education,
    Region,
}

/// <summary>One group's funnel; a count is null where it is suppressed.</summary>
public sealed record NationalCell(string Key, string Label, long? Applications, long? Admitted, long? Started, long? Completed, long? DroppedOut);

public sealed record NationalFiguresView(int Period, string GroupBy, IReadOnlyList<NationalCell> Cells, bool Suppressed, NationalCell Total);

/// <summary>One intake period's funnel over all hogescholen, for the time series.</summary>
public sealed record NationalPeriodView(int Period, NationalCell Figures);

/// <summary>
/// National intake and completion across every hogeschool, aggregated in the database and suppressed before they
/// leave this class: no caller sees a count below the threshold (<c>Platform:National:SmallCellThreshold</c>, 5).
/// </summary>
public sealed class NationalFigures(
    IntakeDbContext db, IIdentityQueries identity, IConfiguration configuration, IStringLocalizer<IntakeResource> localizer, IMemoryCache cache)
{
    public int Threshold => configuration.GetValue("Platform:National:SmallCellThreshold", 5);

    /// <summary>
    /// National figures are the same for every reader and change slowly; they are kept this long
    /// (Platform:National:CacheSeconds, a minute by default; 0 turns the cache off), per period, grouping and language.
    /// </summary>
    public TimeSpan CacheFor => TimeSpan.FromSeconds(configuration.GetValue("Platform:National:CacheSeconds", 60));

    public static NationalGroupBy? ParseGroupBy(string? value) =>
        Enum.TryParse<NationalGroupBy>(value, ignoreCase: true, out var groupBy) && Enum.IsDefined(groupBy) ? groupBy : null;

    public async Task<NationalFiguresView> ForPeriodAsync(string? periodText, string? groupBy, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        if (!int.TryParse(periodText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var period)
            || period is < 2000 or > 2100)
        {
            errors.Add("period", localizer["National:Period"]);
        }

        var dimension = ParseGroupBy(groupBy);
        if (dimension is null)
        {
            errors.Add("groupBy", localizer["National:GroupBy"]);
        }

        errors.ThrowIfAny();
        return await CachedAsync(("period", period, dimension!.Value), () => ComputeAsync(period, dimension!.Value, cancellationToken));
    }

    /// <summary>Every intake period with applications, oldest first.</summary>
    public Task<IReadOnlyList<NationalPeriodView>> TimeSeriesAsync(CancellationToken cancellationToken) =>
        CachedAsync("series", () => ComputeSeriesAsync(cancellationToken));

    private async Task<T> CachedAsync<T>(object key, Func<Task<T>> compute) =>
        CacheFor <= TimeSpan.Zero
            ? await compute()
            : (await cache.GetOrCreateAsync((typeof(NationalFigures), key, System.Globalization.CultureInfo.CurrentUICulture.Name, Threshold), entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = CacheFor;
                return compute();
            }))!;

    private async Task<NationalFiguresView> ComputeAsync(int period, NationalGroupBy? dimension, CancellationToken cancellationToken)
    {
        var applications = db.Applications.IgnoreQueryFilters().AsNoTracking().Where(a => a.Period == period);
        var rows = dimension switch
        {
            NationalGroupBy.Institution => await InstitutionRowsAsync(applications, cancellationToken),
            NationalGroupBy.Track => await CountAsync(applications, a => a.TrackCode, cancellationToken),
            NationalGroupBy.Sector => SectorRows(await CountAsync(applications, a => a.SectorKey, cancellationToken)),
            NationalGroupBy.Experience => Ordered(await CountAsync(applications, ApplicantGroups.ExperienceBand, cancellationToken), ApplicantGroups.ExperienceBands),
            NationalGroupBy.Education => Ordered(await CountAsync(applications, a => a.Background.EducationLevel, cancellationToken), ApplicantGroups.EducationLevels),
            _ => await CountAsync(applications, a => a.Background.Region, cancellationToken),
        };
        var suppressed = Suppress(rows);
        var total = Suppress([Sum("total", rows)])[0];
        var groupName = dimension!.Value.ToString().ToLowerInvariant();
        return new NationalFiguresView(period, groupName, suppressed, suppressed.Any(HasHiddenCount) || HasHiddenCount(total), total);
    }

    private async Task<IReadOnlyList<NationalPeriodView>> ComputeSeriesAsync(CancellationToken cancellationToken)
    {
        var rows = await CountAsync(db.Applications.IgnoreQueryFilters().AsNoTracking(), a => a.Period, cancellationToken);
        var cells = Suppress(rows.OrderBy(r => r.Key, StringComparer.Ordinal).ToList());
        return cells.Select(c => new NationalPeriodView(int.Parse(c.Key, System.Globalization.CultureInfo.InvariantCulture), c)).ToList();
    }

    private static bool HasHiddenCount(NationalCell cell) =>
        cell.Applications is null || cell.Admitted is null || cell.Started is null || cell.Completed is null || cell.DroppedOut is null;

    private async Task<List<CountRow>> InstitutionRowsAsync(IQueryable<Application> applications, CancellationToken cancellationToken)
    {
        var institutions = (await identity.ListInstitutionsAsync(cancellationToken)).ToDictionary(i => i.Id.ToString(), i => i);
        return (await CountAsync(applications, a => a.InstitutionId, cancellationToken))
            .Select(r => institutions.TryGetValue(r.Key, out var i) ? r with { Key = i.Code, Label = i.Name } : r)
            .OrderBy(r => r.Label, StringComparer.CurrentCulture).ToList();
    }

    private static async Task<List<CountRow>> CountAsync<TKey>(
        IQueryable<Application> applications, Expression<Func<Application, TKey>> key, CancellationToken cancellationToken)
    {
        var counts = await applications.GroupBy(key).Select(g => new
        {
            g.Key,
            Applications = g.LongCount(),
            Admitted = g.LongCount(a => a.AdmittedAt != null),
            Started = g.LongCount(a => a.Status == ApplicationStatus.Started || a.Status == ApplicationStatus.Completed || a.Status == ApplicationStatus.Stopped),
            Completed = g.LongCount(a => a.Status == ApplicationStatus.Completed),
            DroppedOut = g.LongCount(a => a.Status == ApplicationStatus.Stopped),
        }).ToListAsync(cancellationToken);
        return counts
            .Select(c => new CountRow(Convert.ToString(c.Key, System.Globalization.CultureInfo.InvariantCulture) ?? "", [c.Applications, c.Admitted, c.Started, c.Completed, c.DroppedOut]))
            .OrderBy(r => r.Label, StringComparer.CurrentCulture).ToList();
    }

    private static List<CountRow> Ordered(List<CountRow> rows, IReadOnlyList<string> order) =>
        rows.OrderBy(r => order.Contains(r.Key) ? order.TakeWhile(k => k != r.Key).Count() : int.MaxValue).ToList();

    /// <summary>
    /// Sectors are free text, and a rare one can name a person's employer: a sector that is not one of the suggestions
    /// and has fewer applications than the threshold joins the group "other".
    /// </summary>
    private List<CountRow> SectorRows(List<CountRow> rows)
    {
        var known = ApplicantGroups.SectorSuggestions.Select(ApplicantGroups.SectorKey).ToHashSet();
        var rare = rows.Where(r => !known.Contains(r.Key) && r.Counts[0] < Threshold).ToList();
        var kept = rows.Except(rare).Select(r => r with { Label = ApplicantGroups.SectorLabel(r.Key) }).ToList();
        if (rare.Count > 0)
        {
            kept.Add(Sum(OtherSector, rare) with { Label = localizer["National:OtherSector"] });
        }

        return kept;
    }

    public const string OtherSector = "other";

    private static CountRow Sum(string key, IReadOnlyList<CountRow> rows) =>
        new(key, Enumerable.Range(0, 5).Select(m => rows.Sum(r => r.Counts[m])).ToArray());

    private List<NationalCell> Suppress(IReadOnlyList<CountRow> rows)
    {
        var hidden = SmallCellSuppression.Apply(rows.Select(r => r.Counts).ToList(), Threshold);
        return rows.Select((r, i) => new NationalCell(r.Key, r.Label, hidden[i][0], hidden[i][1], hidden[i][2], hidden[i][3], hidden[i][4])).ToList();
    }

    private sealed record CountRow(string Key, long[] Counts)
    {
        public string Label { get; init; } = Key;
    }
}
