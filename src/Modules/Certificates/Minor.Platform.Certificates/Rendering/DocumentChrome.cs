using SkiaSharp;
using Minor.Platform.Documents;

namespace Minor.Platform.Certificates.Rendering;

/// <summary>What every certificate and transcript shares: metadata, the frame, the letterhead and the verification foot.</summary>
internal static class DocumentChrome
{
    public static readonly SKColor Hairline = new(0xC9, 0xD3, 0xD6);

    /// <summary>A new document with its metadata and the frame on every page, the letterhead drawn on the first.</summary>
    public static PdfLayout Open(string title, string subject, string keyword, string institution, string programme, string code, DateOnly issuedOn)
    {
        var issued = issuedOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var layout = new PdfLayout(new SKDocumentPdfMetadata
        {
            Title = title,
            Author = institution,
            Subject = subject,
            Keywords = $"{keyword}, {programme}, {code}",
            Creator = "Minor.Platform",
            Producer = "Minor.Platform (SkiaSharp)",
            Creation = issued,
            Modified = issued,
        }, margin: 64f, decoratePage: DrawFrame);

        layout.Space(14);
        layout.Text(institution, new PdfTextStyle(true, 13, PdfTextStyle.Accent));
        layout.Text(programme, new PdfTextStyle(false, 10.5f, PdfTextStyle.Muted));
        layout.Space(10);
        layout.Rule(Hairline);
        return layout;
    }

    /// <summary>The QR code and the verification code at the foot of the current page.</summary>
    public static void DrawVerification(PdfLayout layout, CertificateTexts texts, string url, string code)
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

    private static void DrawFrame(SKCanvas canvas)
    {
        using var band = new SKPaint { Color = PdfTextStyle.Accent, Style = SKPaintStyle.Fill };
        canvas.DrawRect(0, 0, PdfLayout.PageWidth, 10, band);
        using var frame = new SKPaint { Color = Hairline, Style = SKPaintStyle.Stroke, StrokeWidth = 0.8f, IsAntialias = true };
        canvas.DrawRect(SKRect.Create(28, 36, PdfLayout.PageWidth - 56, PdfLayout.PageHeight - 64), frame);
    }
}
