using SkiaSharp;

namespace Minor.Platform.Certificates.Rendering;

/// <summary>Draws a one-page A4 module or minor certificate (Dutch, or English on request) with a QR code to its verification page.</summary>
public sealed class CertificatePdfRenderer
{
    internal static readonly SKColor Hairline = new(0xC9, 0xD3, 0xD6);

    public byte[] Render(CertificateDocument document)
    {
        var texts = CertificateTexts.For(document.Language);
        var issued = document.IssuedOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        using var layout = new PdfLayout(new SKDocumentPdfMetadata
        {
            Title = $"{texts.Certificate[0]}{texts.Certificate[1..].ToLowerInvariant()} {document.Title} – {document.HolderName}",
            Author = document.InstitutionName,
            Subject = $"{document.ProgrammeName}: {document.Title}",
            Keywords = $"{texts.Certificate.ToLowerInvariant()}, {document.ProgrammeName}, {document.VerificationCode}",
            Creator = "Minor.Platform",
            Producer = "Minor.Platform (SkiaSharp)",
            Creation = issued,
            Modified = issued,
        }, margin: 64f, decoratePage: CertificatePdfRenderer.DrawFrame);

        layout.Space(14);
        layout.Text(document.InstitutionName, new PdfTextStyle(true, 13, PdfTextStyle.Accent));
        layout.Text(document.ProgrammeName, new PdfTextStyle(false, 10.5f, PdfTextStyle.Muted));
        layout.Space(10);
        layout.Rule(Hairline);

        layout.Space(70);
        layout.Text(texts.Certificate, new PdfTextStyle(true, 34, PdfTextStyle.Accent), PdfAlignment.Center);
        layout.Space(28);
        layout.Text(texts.HerebyDeclare, new PdfTextStyle(false, 12.5f, PdfTextStyle.Muted), PdfAlignment.Center);
        layout.Space(14);
        layout.Text(document.HolderName, new PdfTextStyle(true, 26, PdfTextStyle.Ink), PdfAlignment.Center);
        layout.Space(14);
        var minor = document.Kind == "minor";
        layout.Text(minor ? texts.HasCompletedMinor : texts.HasCompleted, new PdfTextStyle(false, 12.5f, PdfTextStyle.Muted), PdfAlignment.Center);
        layout.Space(12);
        layout.Text(document.Title, new PdfTextStyle(true, minor ? 22 : 18, PdfTextStyle.Ink), PdfAlignment.Center);
        if (!minor)
        {
            layout.Space(6);
            layout.Text(string.Format(texts.Culture, texts.OfProgramme, document.ProgrammeName), new PdfTextStyle(false, 12.5f, PdfTextStyle.Muted), PdfAlignment.Center);
        }

        layout.Space(22);

        var facts = $"{texts.FormatNumber(document.Ec, "0.#")} EC";
        if (document.Grade is { } grade)
        {
            facts += $"   ·   {texts.FinalGrade} {texts.FormatNumber(grade, "0.0")}";
        }

        layout.Text(facts, new PdfTextStyle(true, 13, PdfTextStyle.Accent), PdfAlignment.Center);
        layout.Space(8);
        layout.Text(string.Format(texts.Culture, texts.IssuedOn, texts.FormatDate(document.IssuedOn)), new PdfTextStyle(false, 12, PdfTextStyle.Ink), PdfAlignment.Center);

        if (document.SignatoryName is { } signatory)
        {
            layout.Y = 590;
            var lineX = layout.Left + (layout.ContentWidth / 2) - 110;
            layout.Rule(PdfTextStyle.Ink, 0.6f, lineX, 220);
            layout.Space(4);
            layout.Text(signatory, new PdfTextStyle(true, 11.5f, PdfTextStyle.Ink), PdfAlignment.Center);
            layout.Text(string.Format(texts.Culture, minor ? texts.Coordinator : texts.Examiner, document.InstitutionName), new PdfTextStyle(false, 10, PdfTextStyle.Muted), PdfAlignment.Center);
        }

        DrawVerification(layout, texts, document.VerificationUrl, document.VerificationCode);
        return layout.Finish();
    }

    internal static void DrawFrame(SKCanvas canvas)
    {
        using var band = new SKPaint { Color = PdfTextStyle.Accent, Style = SKPaintStyle.Fill };
        canvas.DrawRect(0, 0, PdfLayout.PageWidth, 10, band);
        using var frame = new SKPaint { Color = Hairline, Style = SKPaintStyle.Stroke, StrokeWidth = 0.8f, IsAntialias = true };
        canvas.DrawRect(SKRect.Create(28, 36, PdfLayout.PageWidth - 56, PdfLayout.PageHeight - 64), frame);
    }

    /// <summary>The QR code and the verification code at the foot of the current page; shared with the transcript.</summary>
    internal static void DrawVerification(PdfLayout layout, CertificateTexts texts, string url, string code)
    {
        const float qrSize = 92;
        var top = layout.Bottom - qrSize;
        layout.Y = top - 16;
        layout.Rule(Hairline);
        QrCodeDrawer.Draw(layout.Canvas, url, layout.Left - 6, top, qrSize, PdfTextStyle.Ink);

        var textX = layout.Left + qrSize + 12;
        var textWidth = layout.ContentWidth - qrSize - 12;
        layout.Y = top + 14;
        layout.Text(texts.CheckAt, new PdfTextStyle(false, 9.5f, PdfTextStyle.Muted), x: textX, width: textWidth);
        layout.Text(url, new PdfTextStyle(false, 9.5f, PdfTextStyle.Accent), x: textX, width: textWidth);
        layout.Space(4);
        layout.Text($"{texts.VerificationCode}: {code}", new PdfTextStyle(true, 10.5f, PdfTextStyle.Ink), x: textX, width: textWidth);
    }
}
