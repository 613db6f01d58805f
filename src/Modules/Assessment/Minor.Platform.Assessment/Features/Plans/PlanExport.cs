using System.Globalization;
using Minor.Platform.SharedKernel.Files;

namespace Minor.Platform.Assessment.Features.Plans;

/// <summary>The toetsmatrijs as a spreadsheet opens it: one row per learning outcome, one column per assessment.</summary>
public static class PlanExport
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static byte[] Csv(PlanView plan)
    {
        var header = new List<string> { "Leerresultaat" };
        header.AddRange(plan.Assessments.Select(a => $"{a.Title} ({a.Type}, {a.Weight.ToString("0.#", Dutch)} %)"));
        var rows = plan.LearningOutcomes
            .Select(outcome => (IReadOnlyList<object?>)[$"{outcome.Code} {outcome.Description}", .. plan.Assessments.Select(a => a.LearningOutcomeCodes.Contains(outcome.Code) ? "x" : "")])
            .Append(["Gewicht totaal", plan.WeightSum]);
        return TableExport.Csv(header, rows);
    }
}
