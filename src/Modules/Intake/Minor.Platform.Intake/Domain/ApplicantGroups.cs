using System.Globalization;
using System.Linq.Expressions;
using System.Text;

namespace Minor.Platform.Intake.Domain;

/// <summary>How an applicant's background is written down and grouped in national figures.</summary>
public static class ApplicantGroups
{
    /// <summary>The twelve provinces: the region of national figures.</summary>
    public static readonly IReadOnlyList<string> Provinces =
    [
        "Drenthe", "Flevoland", "Friesland", "Gelderland", "Groningen", "Limburg",
        "Noord-Brabant", "Noord-Holland", "Overijssel", "Utrecht", "Zeeland", "Zuid-Holland",
    ];

    /// <summary>Sectors lateral entrants come from most; the form suggests them, and any other text is allowed.</summary>
    public static readonly IReadOnlyList<string> SectorSuggestions =
        ["Politie", "Woningcorporatie", "Bibliotheek", "Welzijn", "Zorg", "Jeugdzorg", "Gemeente", "Onderwijs"];

    public static readonly IReadOnlyList<string> EducationLevels = ["mbo", "hbo", "wo", "other"];

    public static readonly IReadOnlyList<string> ExperienceBands = ["0-1", "2-4", "5-9", "10+"];

    /// <summary>The sector as national figures group it: case and spacing do not matter ("  WOning corporatie" is not "woningcorporatie", "Politie " is "politie").</summary>
    public static string SectorKey(string sector)
    {
        var key = new StringBuilder(sector.Length);
        foreach (var c in sector.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                if (key.Length > 0 && key[^1] != ' ')
                {
                    key.Append(' ');
                }
            }
            else
            {
                key.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
        }

        return key.ToString();
    }

    /// <summary>How a sector key is shown: the suggestion it matches, or the key with a capital.</summary>
    public static string SectorLabel(string key) =>
        SectorSuggestions.FirstOrDefault(s => SectorKey(s) == key)
        ?? (key.Length == 0 ? key : char.ToUpper(key[0], CultureInfo.InvariantCulture) + key[1..]);

    /// <summary>The province's own spelling for any casing, and Fryslân for Friesland; null for anything else.</summary>
    public static string? Province(string? input)
    {
        var text = input?.Trim();
        if (string.Equals(text, "Fryslân", StringComparison.OrdinalIgnoreCase))
        {
            return "Friesland";
        }

        return Provinces.FirstOrDefault(p => string.Equals(p, text, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The band of <see cref="ExperienceBands"/> an application's years of experience fall in; the database evaluates it.</summary>
    public static readonly Expression<Func<Application, string>> ExperienceBand = a =>
        a.Background.YearsExperience < 2 ? "0-1" : a.Background.YearsExperience < 5 ? "2-4" : a.Background.YearsExperience < 10 ? "5-9" : "10+";
}
