using SkiaSharp;

namespace Minor.Platform.Documents;

/// <summary>How a run of text looks: weight, size in points, colour.</summary>
public sealed record PdfTextStyle(bool Bold, float Size, SKColor Color)
{
    public static readonly SKColor Ink = new(0x1F, 0x29, 0x33);
    public static readonly SKColor Muted = new(0x4A, 0x55, 0x5E);
    public static readonly SKColor Accent = new(0x0B, 0x55, 0x63);

    public static PdfTextStyle Body { get; } = new(false, 11, Ink);

    // Linear (unhinted) metrics: the PDF places glyphs by the font's own advances, so layout must measure with them too.
    public SKFont CreateFont() =>
        new(Bold ? PdfFonts.Bold : PdfFonts.Regular, Size) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None };
}
