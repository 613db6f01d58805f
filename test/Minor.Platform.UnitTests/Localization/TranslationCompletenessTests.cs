using System.Text.Json;

namespace Minor.Platform.UnitTests.Localization;

/// <summary>Dutch first, English second: every text that exists in one language exists in the other.</summary>
public sealed class TranslationCompletenessTests
{
    public static TheoryData<string> LocalizationFolders() => new(
        Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src"), "nl.json", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(p => Path.GetRelativePath(RepositoryPaths.Root, Path.GetDirectoryName(p)!)));

    [Fact]
    public void EveryModuleAndTheHost_HaveDutchTexts() =>
        LocalizationFolders().Count.ShouldBe(8);

    [Theory]
    [MemberData(nameof(LocalizationFolders))]
    public void EnglishAndDutch_HaveTheSameKeys(string folder)
    {
        var dutch = Keys(Path.Combine(RepositoryPaths.Root, folder, "nl.json"));
        var english = Keys(Path.Combine(RepositoryPaths.Root, folder, "en.json"));

        dutch.Except(english).ShouldBeEmpty("missing in en.json");
        english.Except(dutch).ShouldBeEmpty("missing in nl.json");
    }

    /// <summary>Every literal text key a module's pages ask for (L["Module:Key"]) is in its Dutch texts, so no page shows a key.</summary>
    [Theory]
    [MemberData(nameof(LocalizationFolders))]
    public void EveryKeyThePagesUse_HasADutchText(string folder)
    {
        var project = Path.GetDirectoryName(Path.Combine(RepositoryPaths.Root, folder))!;
        var dutch = Keys(Path.Combine(RepositoryPaths.Root, folder, "nl.json"));
        var used = Directory.GetFiles(Path.Combine(project, "Pages"), "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(page => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(page), @"\bL\[""([A-Za-z]+:[A-Za-z0-9:]*[A-Za-z0-9])""")
                .Select(m => (Page: Path.GetFileName(page), Key: m.Groups[1].Value)))
            .ToList();

        used.Where(u => !dutch.Contains(u.Key)).Select(u => $"{u.Page}: {u.Key}").ShouldBeEmpty();
    }

    private static HashSet<string> Keys(string path) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path))!.Keys.ToHashSet();
}
