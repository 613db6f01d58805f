using System.Globalization;
using Minor.Platform.Documents;
using SkiaSharp;
using Minor.Platform.SharedKernel;

namespace Minor.Platform.Assessment.Features.Plans;

/// <summary>
/// The toetsmatrijs as a Dutch A4 PDF for accreditation files (NVAO): learning outcomes × assessments, then every
/// assessment with its weight, examiners, minimum and deadlines, and the gaps if any.
/// </summary>
public static class PlanPdf
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static byte[] Render(PlanView plan, string moduleTitle, string cohortName, DateTimeOffset printedAt)
    {
        var title = $"Toetsmatrijs {plan.ModuleCode} {moduleTitle}";
        using var layout = new PdfLayout(new SKDocumentPdfMetadata
        {
            Title = title,
            Author = "Minor.Platform",
            Subject = $"Toetsmatrijs, {cohortName}",
            Keywords = $"toetsmatrijs, {plan.ModuleCode}, minor samenlevingsopbouw",
            Creator = "Minor.Platform",
            Producer = "Minor.Platform (SkiaSharp)",
            Creation = printedAt.UtcDateTime,
            Modified = printedAt.UtcDateTime,
        });
        layout.Text(title, new PdfTextStyle(true, 18, PdfTextStyle.Accent));
        layout.Text(
            $"{cohortName} · {(plan.Status == "published" ? "gepubliceerd" : "concept")} · afgedrukt {Format(printedAt)}",
            new PdfTextStyle(false, 10, PdfTextStyle.Muted));
        layout.Space(14);

        var columns = new List<PdfTableColumn> { new("Leerresultaat", 4) };
        columns.AddRange(plan.Assessments.Select(a => new PdfTableColumn($"{a.Title} ({Weight(a.Weight)})", 1.2f, PdfAlignment.Center)));
        layout.Table(
            columns,
            plan.LearningOutcomes.Select(o => (IReadOnlyList<string>)
                [$"{o.Code} {o.Description}", .. plan.Assessments.Select(a => a.LearningOutcomeCodes.Contains(o.Code) ? "x" : "")]),
            PdfTextStyle.Body with { Size = 9.5f });
        layout.Space(8);
        layout.Text(
            plan.Gaps.Count == 0 ? $"Elk leerresultaat wordt getoetst. Gewicht samen: {Weight(plan.WeightSum)}." : $"Nog niet getoetst: {string.Join(", ", plan.Gaps)}. Gewicht samen: {Weight(plan.WeightSum)}.",
            new PdfTextStyle(true, 10.5f, plan.Gaps.Count == 0 ? PdfTextStyle.Ink : new SKColor(0x9A, 0x1C, 0x1C)));
        layout.Space(16);

        layout.Text("Toetsen", new PdfTextStyle(true, 13, PdfTextStyle.Ink));
        layout.Space(4);
        layout.Table(
            [
                new PdfTableColumn("Toets", 3), new PdfTableColumn("Vorm", 2), new PdfTableColumn("Gewicht", 1.2f, PdfAlignment.Right),
                new PdfTableColumn("Examinatoren", 1.4f, PdfAlignment.Right), new PdfTableColumn("Minimum", 1.2f, PdfAlignment.Right),
                new PdfTableColumn("Deadline", 2), new PdfTableColumn("Herkansing", 2),
            ],
            plan.Assessments.Select(a => (IReadOnlyList<string>)
            [
                a.Title, a.Type, a.Scale == "passfail" ? "V/NV" : Weight(a.Weight), a.ExaminersRequired.ToString(Dutch),
                a.MinimumGrade?.ToString("0.0", Dutch) ?? "–", Format(a.Deadline), Format(a.ResitDeadline),
            ]),
            PdfTextStyle.Body with { Size = 9.5f });
        return layout.Finish("nl-NL");
    }

    private static string Weight(decimal weight) => $"{weight.ToString("0.#", Dutch)} %";

    private static string Format(DateTimeOffset? moment) =>
        moment is { } m ? DutchTime.ToLocal(m).ToString("d MMM yyyy HH:mm", Dutch) : "–";
}
