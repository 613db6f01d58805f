using System.Text;
using Microsoft.Playwright;
using Minor.Platform.TestSupport;

namespace Minor.Platform.BrowserTests;

/// <summary>A coordinator's intake work: a CSV import refused line by line, then accepted.</summary>
[Collection(BrowserCollection.Name)]
public sealed class IntakeWalkTests(BrowserFixture browser) : IAsyncLifetime
{
    public Task InitializeAsync() => browser.Platform.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Coordinator_ImportsACsv_FixesTheLinesNamed_AndSeesTheApplications()
    {
        const string header = "Voornaam;Achternaam;E-mailadres;Leerroute;Sector;Jaren werkervaring;Vooropleiding;Provincie;Motivatie;Datum verzoek tot inschrijving";
        var page = await browser.NewPageAsync();
        await ThinSliceTests.SignInAsync(page, DemoAccounts.Coordinator("zuid"));
        await page.GotoAsync("/intake");
        await page.GetByRole(AriaRole.Link, new() { Name = "Aanmeldingen importeren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Aanmeldingen importeren", Level = 1 })).ToBeVisibleAsync();

        await UploadAsync(page, header, "Ilse;Verbeek;ilse@example.nl;REG;Zorg;2;hbo;Limburg;Motivatie.;02-02-2026", "Bas;Hoek;bas@;REG;Zorg;2;hbo;Limburg;Motivatie.;02-02-2026");
        var errors = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(errors).ToContainTextAsync("Er is niets opgeslagen.");
        await Assertions.Expect(errors.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("3");
        await Assertions.Expect(errors.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("E-mailadres: Dit is geen geldig e-mailadres.");
        await BrowserFixture.CheckPageAsync(page, "intake-import-errors");

        await UploadAsync(page, header, "Ilse;Verbeek;ilse@example.nl;REG;Zorg;2;hbo;Limburg;Motivatie.;02-02-2026", "Bas;Hoek;bas@example.nl;REG;Zorg;2;hbo;Limburg;Motivatie.;02-02-2026");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("2 aanmeldingen geïmporteerd; 0 stonden er al in.");
        await BrowserFixture.CheckPageAsync(page, "intake-import-done");
        await page.GotoAsync("/intake");
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Bas Hoek" })).ToBeVisibleAsync();
    }

    private static async Task UploadAsync(IPage page, params string[] lines)
    {
        await page.GetByLabel("CSV-bestand").SetInputFilesAsync(new FilePayload
        {
            Name = "studielink-export.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(string.Join("\n", lines)),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Importeren" }).ClickAsync();
    }
}
