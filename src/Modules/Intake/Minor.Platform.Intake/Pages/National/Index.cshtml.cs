using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.Intake.Features.National;
using Minor.Platform.SharedKernel;

namespace Minor.Platform.Intake.Pages.National;

/// <summary>Sociaal Werk Nederland's dashboard: the national funnel, split by one dimension, and its course over the years.</summary>
[Authorize(Roles = Roles.NationalAnalyst)]
public sealed class IndexModel(NationalFigures figures, TimeProvider time) : PageModel
{
    public static readonly IReadOnlyList<string> Dimensions = Enum.GetNames<NationalGroupBy>().Select(n => n.ToLowerInvariant()).ToList();

    public IReadOnlyList<int> Periods { get; private set; } = [];

    public int Period { get; private set; }

    public string GroupBy { get; private set; } = "institution";

    public NationalFiguresView? Figures { get; private set; }

    public IReadOnlyList<NationalPeriodView> Series { get; private set; } = [];

    public int Threshold => figures.Threshold;

    public async Task OnGetAsync(int? period, string? groupBy, CancellationToken cancellationToken)
    {
        Series = await figures.TimeSeriesAsync(cancellationToken);
        Periods = Series.Select(p => p.Period).OrderDescending().ToList();
        Period = period is { } chosen && Periods.Contains(chosen) ? chosen : Periods.Count > 0 ? Periods[0] : DutchTime.ToLocal(time.GetUtcNow()).Year;
        GroupBy = NationalFigures.ParseGroupBy(groupBy)?.ToString().ToLowerInvariant() ?? "institution";
        Figures = await figures.ForPeriodAsync(Period.ToString(CultureInfo.InvariantCulture), GroupBy, cancellationToken);
    }

    public string Count(long? count) => count?.ToString("N0", CultureInfo.CurrentCulture) ?? "<" + Threshold.ToString(CultureInfo.CurrentCulture);

    /// <summary>A step of the funnel as a share of the one before, when both are shown.</summary>
    public static string? Conversion(long? part, long? whole) =>
        part is { } p && whole is > 0 ? (p / (decimal)whole.Value).ToString("P0", CultureInfo.CurrentCulture) : null;

    /// <summary>The chart's data for national-charts.js; suppressed counts are gaps (null).</summary>
    public static string ChartData(IEnumerable<string> labels, IEnumerable<(string Label, IEnumerable<long?> Values)> series) =>
        JsonSerializer.Serialize(new
        {
            labels,
            datasets = series.Select(s => new { label = s.Label, data = s.Values }),
        });
}
