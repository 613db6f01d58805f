using System.Globalization;
using System.Text;

namespace Minor.Platform.SharedKernel;

/// <summary>
/// How Dutch lists order people: by the surname without its tussenvoegsel ("Jan de Vries" under V, "Sanne van der Meer"
/// under M), letters with accents among their plain letters ("Đurić" under D), case ignored, then the first name.
/// </summary>
public static class DutchNames
{
    // Tussenvoegsels, also in the Flemish, French and German forms that Dutch registers carry.
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "van", "de", "der", "den", "het", "'t", "t", "ter", "ten", "te", "op", "in", "aan", "bij", "uit", "onder", "over",
        "voor", "d'", "l'", "le", "la", "les", "du", "des", "da", "di", "dos", "von", "zu", "vom", "zum",
    };

    // Letters that Unicode does not decompose into a base letter and an accent.
    private static readonly Dictionary<char, string> Plain = new()
    {
        ['đ'] = "d", ['ð'] = "d", ['ł'] = "l", ['ø'] = "o", ['ı'] = "i", ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe", ['þ'] = "th",
    };

    /// <summary>A key that sorts people in Dutch order under plain ordinal comparison, in any database.</summary>
    public static string SortKey(string firstName, string lastName)
    {
        var words = lastName.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var skip = 0;
        while (skip < words.Length - 1 && Particles.Contains(words[skip]))
        {
            skip++;
        }

        var surname = string.Join(' ', words.Skip(skip));
        var particles = string.Join(' ', words.Take(skip));
        // A separator below every letter keeps "Berg, Anna" before "Bergman, Anna".
        return $"{Fold(surname)}\u0001{Fold(firstName)}\u0001{Fold(particles)}";
    }

    private static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (Plain.TryGetValue(c, out var plain))
            {
                folded.Append(plain);
            }
            else if (char.IsLetterOrDigit(c) || c == ' ')
            {
                folded.Append(c);
            }
        }

        return folded.ToString();
    }
}
