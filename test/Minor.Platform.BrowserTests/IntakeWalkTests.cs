using System.Text;
using Microsoft.Playwright;
using Minor.Platform.TestSupport;

namespace Minor.Platform.BrowserTests;

/// <summary>
/// Intake from the form to a started student with an exemption: the visitor applies, the coordinator runs the pipeline
/// and admits, the student activates their account and asks for an exemption with evidence, the examencommissie grants
/// it; and a coordinator's CSV import, refused line by line, then accepted.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class IntakeWalkTests(BrowserFixture browser) : IAsyncLifetime
{
    public Task InitializeAsync() => browser.Platform.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Applicant_BecomesAStartedStudent_WithAnExemptionGrantedOnEvidence()
    {
        const string email = "joost.wijkagent@example.nl";
        var visitor = await browser.NewPageAsync();
        await visitor.GotoAsync("/aanmelden");
        await visitor.GetByLabel("Voornaam").FillAsync("Joost");
        await visitor.GetByLabel("Achternaam").FillAsync("van der Heijden");
        await visitor.GetByLabel("E-mailadres").FillAsync(email);
        await visitor.GetByLabel("Hogeschool").SelectOptionAsync("noord");
        await visitor.GetByLabel("Leerroute").SelectOptionAsync("Z1");
        await visitor.GetByLabel("Sector waar je werkt of werkte").FillAsync("Welzijn");
        await visitor.GetByLabel("Provincie").SelectOptionAsync("Groningen");
        await visitor.GetByLabel("Jaren werkervaring").FillAsync("11");
        await visitor.GetByLabel("Hoogst afgeronde opleiding").SelectOptionAsync("hbo");
        await visitor.GetByLabel("Motivatie").FillAsync("Na elf jaar wijkteam wil ik bewoners helpen zichzelf te organiseren.");
        await visitor.GetByLabel("Ik geef toestemming", new() { Exact = false }).CheckAsync();
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Aanmelding versturen" }).ClickAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Bedankt voor je aanmelding" })).ToBeVisibleAsync();

        var coordinator = await browser.NewPageAsync();
        await ThinSliceTests.SignInAsync(coordinator, DemoAccounts.Coordinator("noord"));
        await coordinator.GotoAsync("/intake");
        var row = coordinator.GetByRole(AriaRole.Row, new() { Name = "Joost van der Heijden" });
        await MoveAsync(coordinator, row, "Intake gehouden");
        await row.GetByLabel("Cohort").SelectOptionAsync(new SelectOptionValue { Label = "Noord 2026-2027 semester 2" });
        await row.GetByRole(AriaRole.Button, new() { Name = "Toelaten" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Joost van der Heijden is toegelaten en ingeschreven.");
        await MoveAsync(coordinator, row, "Gestart");
        await Assertions.Expect(row.GetByText("Gestart", new() { Exact = true })).ToBeVisibleAsync();
        await row.GetByRole(AriaRole.Link, new() { Name = "Studieplan" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Heading, new() { Name = "Studieplan van Joost van der Heijden" })).ToBeVisibleAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Row, new() { Name = "M3" }).GetByText("Vervangen")).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(coordinator, "study-plan-coordinator");

        var student = await browser.NewPageAsync();
        var link = new Uri(await Mailbox.ActivationLinkAsync(browser.Platform.DataFolder, email));
        await student.GotoAsync(link.PathAndQuery);
        await BrowserFixture.CheckPageAsync(student, "activate");
        await student.GetByLabel("Nieuw wachtwoord").FillAsync("Wijkkracht2026");
        await student.GetByLabel("Herhaal het wachtwoord").FillAsync("Wijkkracht2026");
        await student.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord opslaan en inloggen" }).ClickAsync();
        await student.GetByRole(AriaRole.Link, new() { Name = "Mijn studieplan" }).ClickAsync();
        await Assertions.Expect(student.GetByRole(AriaRole.Heading, new() { Name = "Mijn studieplan", Level = 1 })).ToBeVisibleAsync();
        await student.GetByText("Vrijstelling aanvragen voor M1", new() { Exact = false }).ClickAsync();
        var form = student.Locator("details", new() { HasText = "Vrijstelling aanvragen voor M1" });
        await form.GetByLabel("Toelichting").FillAsync("Elf jaar wijkteam; mijn portfolio laat alle leerresultaten van M1 zien.");
        await form.GetByLabel("Bewijsstukken").SetInputFilesAsync(new FilePayload
        {
            Name = "EVC-portfolio Joost.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.7\n%%EOF\n"u8.ToArray(),
        });
        await form.GetByRole(AriaRole.Button, new() { Name = "Aanvraag indienen" }).ClickAsync();
        await Assertions.Expect(student.GetByRole(AriaRole.Status)).ToContainTextAsync("Je aanvraag voor M1 is ingediend.");
        await Assertions.Expect(student.GetByText("In behandeling")).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(student, "my-study-plan-request");

        var examBoard = await browser.NewPageAsync();
        await ThinSliceTests.SignInAsync(examBoard, DemoAccounts.ExamBoard("noord"));
        await examBoard.GetByRole(AriaRole.Link, new() { Name = "Vrijstellingen" }).ClickAsync();
        var request = examBoard.GetByRole(AriaRole.Article, new() { Name = "Joost van der Heijden · M1", Exact = false });
        await Assertions.Expect(request.GetByRole(AriaRole.Link, new() { Name = "EVC-portfolio Joost.pdf" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(examBoard, "exemptions-open");
        await request.GetByLabel("Toekennen", new() { Exact = true }).CheckAsync();
        await request.GetByLabel("Reden", new() { Exact = false }).FillAsync("Het portfolio toont alle leerresultaten van M1 aan.");
        await request.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        await Assertions.Expect(examBoard.GetByRole(AriaRole.Status)).ToHaveTextAsync("Besluit over M1 vastgelegd: Toegekend.");
        await BrowserFixture.CheckPageAsync(examBoard, "exemptions-decided");

        await student.ReloadAsync();
        await Assertions.Expect(student.GetByRole(AriaRole.Row, new() { Name = "M1" }).GetByText("Vrijgesteld (VR)")).ToBeVisibleAsync();
        await Assertions.Expect(student.GetByText("Toegekend", new() { Exact = true })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(student, "my-study-plan");
        var phone = await browser.NewPageAsync(phone: true);
        await ThinSliceTests.SignInAsync(phone, email, "Wijkkracht2026");
        await phone.GotoAsync("/my/study-plan");
        await BrowserFixture.CheckPageAsync(phone, "my-study-plan-phone");
    }

    private static async Task MoveAsync(IPage page, ILocator row, string status)
    {
        await row.GetByText("Volgende stap", new() { Exact = true }).First.ClickAsync();
        await row.GetByLabel("Volgende stap").SelectOptionAsync(new SelectOptionValue { Label = status });
        await row.GetByRole(AriaRole.Button, new() { Name = "Bijwerken" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"staat nu op ‘{status}’");
    }

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
