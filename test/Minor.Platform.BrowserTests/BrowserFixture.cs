using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Minor.Platform.TestSupport;

namespace Minor.Platform.BrowserTests;

/// <summary>
/// One platform host on a real port and one headless Debian Chromium for all browser tests. Every page a test visits
/// is checked with axe-core (WCAG 2.1 AA) and photographed for people to look at.
/// </summary>
public sealed class BrowserFixture : Xunit.IAsyncLifetime
{
    private IPlaywright? _playwright;

    public PlatformFactory Platform { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public static string ScreenshotFolder { get; } = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        await ((Xunit.IAsyncLifetime)Platform).InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = TestEnvironment.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public async Task<IPage> NewPageAsync(bool phone = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Platform.BaseAddress.ToString().TrimEnd('/'),
            Locale = "nl-NL",
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 900 },
            IsMobile = phone,
            AcceptDownloads = true,
        });
        return await context.NewPageAsync();
    }

    /// <summary>Runs axe-core on the page as it is now and fails on any serious or critical finding; saves a screenshot.</summary>
    public static async Task CheckPageAsync(IPage page, string name)
    {
        // Desktop pages whole; phone pages as the first screen a person sees.
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = page.ViewportSize?.Width > 600 });
        var results = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        serious.ShouldBeEmpty(string.Join(Environment.NewLine, serious.Select(v =>
            $"{name}: {v.Id} ({v.Impact}) {v.Help}: {string.Join(" | ", v.Nodes.Select(n => n.Html))}")));
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await ((Xunit.IAsyncLifetime)Platform).DisposeAsync();
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Minor.Platform.sln")))
            {
                return directory.FullName;
            }
        }

        return Path.GetTempPath();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
