using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Minor.Platform.Documents;

/// <summary>
/// Adds the document language (/Lang in the catalog) that SkiaSharp's PDF metadata cannot carry, as a standard PDF
/// incremental update: a new version of the catalog object and an xref section that points back to Skia's.
/// Screen readers use it to pick the voice; the original bytes stay untouched.
/// </summary>
internal static partial class PdfCatalogLanguage
{
    public static byte[] Apply(byte[] pdf, string language)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var trailer = text[text.LastIndexOf("trailer", StringComparison.Ordinal)..];
        var root = RootReference().Match(trailer).Groups[1].Value;
        var size = SizeEntry().Match(trailer).Groups[1].Value;
        var info = InfoReference().Match(trailer);
        var previous = StartXref().Match(text[text.LastIndexOf("startxref", StringComparison.Ordinal)..]).Groups[1].Value;

        var objectAt = Regex.Match(text, $"(?m)^{root} 0 obj").Index;
        var dictionaryStart = text.IndexOf("<<", objectAt, StringComparison.Ordinal) + 2;
        var dictionaryEnd = text.LastIndexOf(">>", text.IndexOf("endobj", dictionaryStart, StringComparison.Ordinal), StringComparison.Ordinal);
        var catalog = text[dictionaryStart..dictionaryEnd];

        var update = new StringBuilder();
        if (!text.EndsWith('\n'))
        {
            update.Append('\n');
        }

        var objectOffset = pdf.Length + update.Length;
        update.Append(CultureInfo.InvariantCulture, $"{root} 0 obj\n<<{catalog}\n/Lang ({language})>>\nendobj\n");
        var xrefOffset = pdf.Length + update.Length;
        update.Append(CultureInfo.InvariantCulture, $"xref\n{root} 1\n{objectOffset:D10} 00000 n \ntrailer\n<</Size {size}\n/Root {root} 0 R");
        if (info.Success)
        {
            update.Append(CultureInfo.InvariantCulture, $"\n/Info {info.Groups[1].Value} 0 R");
        }

        update.Append(CultureInfo.InvariantCulture, $"\n/Prev {previous}>>\nstartxref\n{xrefOffset}\n%%EOF\n");
        return [.. pdf, .. Encoding.Latin1.GetBytes(update.ToString())];
    }

    [GeneratedRegex(@"/Root (\d+) 0 R")]
    private static partial Regex RootReference();

    [GeneratedRegex(@"/Size (\d+)")]
    private static partial Regex SizeEntry();

    [GeneratedRegex(@"/Info (\d+) 0 R")]
    private static partial Regex InfoReference();

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXref();
}
