using System.Net.Http.Json;
using Microsoft.Playwright;
using Minor.Platform.TestSupport;

namespace Minor.Platform.BrowserTests;

/// <summary>Sociaal Werk Nederland's analyst reads the national funnel, with small cells suppressed, as charts and tables.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NationalDashboardTests(BrowserFixture browser) : IAsyncLifetime
{
    public Task InitializeAsync() => browser.Platform.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Analyst_SeesTheFunnelPerInstitutionAndSector_WithSmallCellsSuppressed()
    {
        await ApplyAsync("noord", 9, "Politie");
        await ApplyAsync("midden", 6, "Welzijn");
        await ApplyAsync("zuid", 3, "Politie");

        var page = await browser.NewPageAsync();
        await ThinSliceTests.SignInAsync(page, DemoAccounts.Analyst);
        await page.GetByRole(AriaRole.Link, new() { Name = "Landelijke cijfers" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Landelijke instroom", Level = 1 })).ToBeVisibleAsync();
        var table = page.GetByRole(AriaRole.Table).First;
        await Assertions.Expect(table.GetByRole(AriaRole.Row, new() { Name = "Hogeschool Noord" }).GetByRole(AriaRole.Cell).First).ToHaveTextAsync("9");
        await Assertions.Expect(table.GetByRole(AriaRole.Row, new() { Name = "Hogeschool Zuid" }).GetByRole(AriaRole.Cell).First).ToHaveTextAsync("<5");
        await Assertions.Expect(table.GetByRole(AriaRole.Row, new() { Name = "Hogeschool Midden" }).GetByRole(AriaRole.Cell).First).ToHaveTextAsync("<5");
        await Assertions.Expect(table.GetByRole(AriaRole.Row, new() { Name = "Totaal" }).GetByRole(AriaRole.Cell).First).ToHaveTextAsync("18");
        (await page.EvaluateAsync<int>("() => [...document.querySelectorAll('canvas')].filter(c => window.Chart.getChart(c)).length")).ShouldBe(2);
        await BrowserFixture.CheckPageAsync(page, "national");

        await page.GetByLabel("Uitsplitsen naar").SelectOptionAsync(new SelectOptionValue { Label = "Sector van herkomst" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tonen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Naar sector van herkomst" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Politie" }).GetByRole(AriaRole.Cell).First).ToHaveTextAsync("12");
        await BrowserFixture.CheckPageAsync(page, "national-sector");

        var phone = await browser.NewPageAsync(phone: true);
        await ThinSliceTests.SignInAsync(phone, DemoAccounts.Analyst);
        await phone.GotoAsync("/national");
        await BrowserFixture.CheckPageAsync(phone, "national-phone");
    }

    private async Task ApplyAsync(string institution, int count, string sector)
    {
        using var api = browser.Platform.CreateAnonymousClient();
        for (var i = 0; i < count; i++)
        {
            using var response = await api.PostAsJsonAsync("/api/v1/intake/applications", new
            {
                firstName = "Aanmelder", lastName = $"{institution} {i}", email = $"{institution}.{i}@example.nl", institutionCode = institution, trackCode = "REG",
                background = new { sector, yearsExperience = 6, educationLevel = "hbo", region = "Gelderland" },
                motivation = "Ik wil de buurt versterken.", consent = true,
            });
            response.EnsureSuccessStatusCode();
        }
    }
}
