using SkiaSharp;

namespace Minor.Platform.Documents;

/// <summary>
/// The embedded Noto Sans subsets (etc/subset-fonts.sh), loaded once. Embedding a subset instead of a system font
/// keeps a certificate small and identical on every machine.
/// </summary>
public static class PdfFonts
{
    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load("NotoSans-Regular.subset.ttf"));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load("NotoSans-Bold.subset.ttf"));

    public static SKTypeface Regular => RegularFace.Value;

    public static SKTypeface Bold => BoldFace.Value;

    private static SKTypeface Load(string file)
    {
        var name = "Minor.Platform.Documents.Assets.Fonts." + file;
        using var stream = typeof(PdfFonts).Assembly.GetManifestResourceStream(name)
                           ?? throw new InvalidOperationException($"Embedded font {name} is missing.");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException($"Font {name} cannot be read.");
    }
}
