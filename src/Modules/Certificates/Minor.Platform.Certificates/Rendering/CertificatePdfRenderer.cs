using System.Globalization;
using SkiaSharp;

namespace Minor.Platform.Certificates.Rendering;

/// <summary>Draws a one-page A4 module certificate in Dutch, with a QR code to its public verification page.</summary>
public sealed class CertificatePdfRenderer
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly SKColor Hairline = new(0xC9, 0xD3, 0xD6);

    public byte[] Render(CertificateDocument document)
    {
        var issued = document.IssuedOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        using var layout = new PdfLayout(new SKDocumentPdfMetadata
        {
            Title = $"Certificaat {document.Title} – {document.HolderName}",
            Author = document.InstitutionName,
            Subject = $"{document.ProgrammeName}: {document.Title}",
            Keywords = $"certificaat, {document.ProgrammeName}, {document.VerificationCode}",
            Creator = "Minor.Platform",
            Producer = "Minor.Platform (SkiaSharp)",
            Creation = issued,
            Modified = issued,
        }, margin: 64f);

        DrawFrame(layout.Canvas);
        layout.Space(14);
        layout.Text(document.InstitutionName, new PdfTextStyle(true, 13, PdfTextStyle.Accent));
        layout.Text(document.ProgrammeName, new PdfTextStyle(false, 10.5f, PdfTextStyle.Muted));
        layout.Space(10);
        layout.Rule(Hairline);

        layout.Space(70);
        layout.Text("CERTIFICAAT", new PdfTextStyle(true, 34, PdfTextStyle.Accent), PdfAlignment.Center);
        layout.Space(28);
        layout.Text("Hierbij verklaren wij dat", new PdfTextStyle(false, 12.5f, PdfTextStyle.Muted), PdfAlignment.Center);
        layout.Space(14);
        layout.Text(document.HolderName, new PdfTextStyle(true, 26, PdfTextStyle.Ink), PdfAlignment.Center);
        layout.Space(14);
        layout.Text("met goed gevolg heeft afgerond de module", new PdfTextStyle(false, 12.5f, PdfTextStyle.Muted), PdfAlignment.Center);
        layout.Space(12);
        layout.Text(document.Title, new PdfTextStyle(true, 18, PdfTextStyle.Ink), PdfAlignment.Center);
        layout.Space(6);
        layout.Text($"van de {document.ProgrammeName}", new PdfTextStyle(false, 12.5f, PdfTextStyle.Muted), PdfAlignment.Center);
        layout.Space(22);

        var facts = $"{document.Ec.ToString("0.#", Dutch)} EC";
        if (document.Grade is { } grade)
        {
            facts += $"   ·   Eindcijfer {grade.ToString("0.0", Dutch)}";
        }

        layout.Text(facts, new PdfTextStyle(true, 13, PdfTextStyle.Accent), PdfAlignment.Center);
        layout.Space(8);
        layout.Text($"Uitgereikt op {document.IssuedOn.ToString("d MMMM yyyy", Dutch)}", new PdfTextStyle(false, 12, PdfTextStyle.Ink), PdfAlignment.Center);

        if (document.SignatoryName is { } signatory)
        {
            layout.Y = 590;
            var lineX = layout.Left + (layout.ContentWidth / 2) - 110;
            layout.Rule(PdfTextStyle.Ink, 0.6f, lineX, 220);
            layout.Space(4);
            layout.Text(signatory, new PdfTextStyle(true, 11.5f, PdfTextStyle.Ink), PdfAlignment.Center);
            layout.Text($"Examinator, {document.InstitutionName}", new PdfTextStyle(false, 10, PdfTextStyle.Muted), PdfAlignment.Center);
        }

        DrawVerification(layout, document);
        return layout.Finish();
    }

    private static void DrawFrame(SKCanvas canvas)
    {
        using var band = new SKPaint { Color = PdfTextStyle.Accent, Style = SKPaintStyle.Fill };
        canvas.DrawRect(0, 0, PdfLayout.PageWidth, 10, band);
        using var frame = new SKPaint { Color = Hairline, Style = SKPaintStyle.Stroke, StrokeWidth = 0.8f, IsAntialias = true };
        canvas.DrawRect(SKRect.Create(28, 36, PdfLayout.PageWidth - 56, PdfLayout.PageHeight - 64), frame);
    }

    private static void DrawVerification(PdfLayout layout, CertificateDocument document)
    {
        const float qrSize = 92;
        var top = layout.Bottom - qrSize;
        layout.Y = top - 16;
        layout.Rule(Hairline);
        QrCodeDrawer.Draw(layout.Canvas, document.VerificationUrl, layout.Left - 6, top, qrSize, PdfTextStyle.Ink);

        var textX = layout.Left + qrSize + 12;
        var textWidth = layout.ContentWidth - qrSize - 12;
        layout.Y = top + 14;
        layout.Text("Controleer de echtheid van dit certificaat op", new PdfTextStyle(false, 9.5f, PdfTextStyle.Muted), x: textX, width: textWidth);
        layout.Text(document.VerificationUrl, new PdfTextStyle(false, 9.5f, PdfTextStyle.Accent), x: textX, width: textWidth);
        layout.Space(4);
        layout.Text($"Verificatiecode: {document.VerificationCode}", new PdfTextStyle(true, 10.5f, PdfTextStyle.Ink), x: textX, width: textWidth);
    }
}
