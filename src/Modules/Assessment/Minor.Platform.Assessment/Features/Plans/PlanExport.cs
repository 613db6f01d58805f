using System.Globalization;
using System.Text;

namespace Minor.Platform.Assessment.Features.Plans;

/// <summary>The toetsmatrijs as a spreadsheet opens it: one row per learning outcome, one column per assessment.</summary>
public static class PlanExport
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>Semicolon-separated with a BOM, as Dutch Excel expects; weights use a decimal comma.</summary>
    public static byte[] Csv(PlanView plan)
    {
        var csv = new StringBuilder();
        csv.AppendLine(Row(["Leerresultaat", .. plan.Assessments.Select(a => $"{a.Title} ({a.Type}, {a.Weight.ToString("0.#", Dutch)} %)")]));
        foreach (var outcome in plan.LearningOutcomes)
        {
            csv.AppendLine(Row([$"{outcome.Code} {outcome.Description}", .. plan.Assessments.Select(a => a.LearningOutcomeCodes.Contains(outcome.Code) ? "x" : "")]));
        }

        csv.AppendLine(Row(["Gewicht totaal", plan.WeightSum.ToString("0.#", Dutch)]));
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static string Row(IEnumerable<string> cells) => string.Join(';', cells.Select(Quote));

    /// <summary>Quotes where CSV needs it and defuses formulas (a cell starting with =, +, - or @).</summary>
    private static string Quote(string cell)
    {
        var safe = cell.Length > 0 && "=+-@".Contains(cell[0], StringComparison.Ordinal) ? "'" + cell : cell;
        return safe.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : safe;
    }
}
