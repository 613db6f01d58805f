using System.Net.Http.Json;
using Microsoft.Playwright;
using Minor.Platform.TestSupport;

namespace Minor.Platform.BrowserTests;

/// <summary>
/// The foundation's slice clicked through as its three kinds of user: a visitor who applies, a coordinator who admits,
/// and the student who gets, downloads and verifies the certificate of a published pass.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ThinSliceTests(BrowserFixture browser) : IAsyncLifetime
{
    public Task InitializeAsync() => browser.Platform.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Visitor_ReadsTheCurriculumAndApplies()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Minor Samenlevingsopbouw");
        await BrowserFixture.CheckPageAsync(page, "home");

        await page.GetByRole(AriaRole.Link, new() { Name = "Curriculum", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Modules en leerresultaten" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("article.course-card")).ToHaveCountAsync(5);
        await BrowserFixture.CheckPageAsync(page, "curriculum");

        await page.GotoAsync("/aanmelden");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelding versturen" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Controleer de gemarkeerde velden.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Zonder jouw toestemming kunnen we je aanmelding niet verwerken.")).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "apply-errors");

        await page.GetByLabel("Voornaam").FillAsync("Mehmet");
        await page.GetByLabel("Achternaam").FillAsync("Öztürk");
        await page.GetByLabel("E-mailadres").FillAsync("mehmet.ozturk@example.nl");
        await page.GetByLabel("Hogeschool").SelectOptionAsync("zuid");
        await page.GetByLabel("Leerroute").SelectOptionAsync("Z2");
        await page.GetByLabel("Sector waar je werkt of werkte").FillAsync("Woningcorporatie");
        await page.GetByLabel("Provincie").SelectOptionAsync("Noord-Brabant");
        await page.GetByLabel("Jaren werkervaring").FillAsync("8");
        await page.GetByLabel("Hoogst afgeronde opleiding").SelectOptionAsync("hbo");
        await page.GetByLabel("Motivatie").FillAsync("Ik wil bewoners helpen hun buurt zelf vorm te geven.");
        await page.GetByLabel("Ik geef toestemming", new() { Exact = false }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelding versturen" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bedankt voor je aanmelding" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "apply-thanks");

        var phone = await browser.NewPageAsync(phone: true);
        await phone.GotoAsync("/");
        await BrowserFixture.CheckPageAsync(phone, "home-phone");
        await phone.GotoAsync("/aanmelden");
        await BrowserFixture.CheckPageAsync(phone, "apply-phone");
    }

    [Fact]
    public async Task Coordinator_AdmitsAnApplicant()
    {
        using (var api = browser.Platform.CreateAnonymousClient())
        {
            var response = await api.PostAsJsonAsync("/api/v1/intake/applications", new
            {
                firstName = "Anouk", lastName = "Bakker", email = "anouk.bakker@example.nl", institutionCode = "midden", trackCode = "REG",
                background = new { sector = "Welzijn", yearsExperience = 3, educationLevel = "hbo", region = "Utrecht" },
                motivation = "Ik werk al in een wijkteam en wil me specialiseren.", consent = true,
            });
            response.EnsureSuccessStatusCode();
        }

        var page = await browser.NewPageAsync();
        await SignInAsync(page, DemoAccounts.Coordinator("midden"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Aanmeldingen" }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Anouk Bakker" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "intake");

        await page.GetByText("Volgende stap", new() { Exact = true }).First.ClickAsync();
        await page.GetByLabel("Volgende stap").SelectOptionAsync(new SelectOptionValue { Label = "Afgewezen" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Bijwerken" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Geef een reden");
        await BrowserFixture.CheckPageAsync(page, "intake-reason");
        await page.GetByLabel("Volgende stap").SelectOptionAsync(new SelectOptionValue { Label = "Intake gepland" });
        await page.GetByLabel("Notitie").FillAsync("Gesprek dinsdag met de mentor");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bijwerken" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("De aanmelding van Anouk Bakker staat nu op ‘Intake gepland’.");

        await page.GetByRole(AriaRole.Button, new() { Name = "Toelaten" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Anouk Bakker is toegelaten en ingeschreven.");
        await Assertions.Expect(page.GetByText("Toegelaten", new() { Exact = true })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "intake-admitted");
    }

    [Fact]
    public async Task Student_WithAPublishedPass_DownloadsAndVerifiesTheCertificate()
    {
        using (var api = await CohortBuilder.SignedInAsync(browser.Platform.BaseAddress, DemoAccounts.Lecturer("noord")))
        using (var me = await CohortBuilder.SignedInAsync(browser.Platform.BaseAddress, DemoAccounts.Student("noord")))
        {
            var cohortId = (await api.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/cohorts"))[0].GetProperty("id").GetGuid();
            var studentId = (await me.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/me")).GetProperty("id").GetGuid();
            await ModuleGrades.PublishAsync(api, cohortId, "M3", studentId, 8.0m);
        }

        var student = await browser.NewPageAsync();
        await SignInAsync(student, DemoAccounts.Student("noord"));
        await student.GetByRole(AriaRole.Link, new() { Name = "Mijn certificaten" }).First.ClickAsync();
        var issued = student.GetByText("Uitgereikt", new() { Exact = true });
        for (var attempt = 0; attempt < 60 && await issued.CountAsync() == 0; attempt++)
        {
            await Task.Delay(250);
            await student.ReloadAsync();
        }

        await Assertions.Expect(issued).ToBeVisibleAsync();
        await Assertions.Expect(student.GetByRole(AriaRole.Heading, new() { Name = "M3 Methodisch werken: organiseren, activeren, verbinden" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(student, "my-certificates");

        var download = await student.RunAndWaitForDownloadAsync(() =>
            student.GetByRole(AriaRole.Link, new() { Name = "Download pdf" }).ClickAsync());
        download.SuggestedFilename.ShouldBe("certificaat-module-m3.pdf");
        var path = await download.PathAsync();
        (await File.ReadAllBytesAsync(path!)).Take(5).ShouldBe("%PDF-"u8.ToArray());

        await student.GetByRole(AriaRole.Link, new() { Name = "Controleren", Exact = true }).ClickAsync();
        await Assertions.Expect(student.GetByRole(AriaRole.Heading, new() { Name = "Dit certificaat is geldig" })).ToBeVisibleAsync();
        await Assertions.Expect(student.Locator("#main").GetByText("Zoë Đurić-Şahin")).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(student, "verify-valid");

        await student.GetByLabel("Klopt het bestand?").SetInputFilesAsync(path!);
        await student.GetByRole(AriaRole.Button, new() { Name = "Bestand controleren" }).ClickAsync();
        await Assertions.Expect(student.GetByRole(AriaRole.Status)).ToHaveTextAsync("Dit is het uitgereikte certificaat, ongewijzigd.");
        await BrowserFixture.CheckPageAsync(student, "verify-file-matches");

        var altered = await File.ReadAllBytesAsync(path!);
        altered[altered.Length / 2] ^= 0x20;
        await student.GetByLabel("Klopt het bestand?").SetInputFilesAsync(new FilePayload { Name = "certificaat.pdf", MimeType = "application/pdf", Buffer = altered });
        await student.GetByRole(AriaRole.Button, new() { Name = "Bestand controleren" }).ClickAsync();
        await Assertions.Expect(student.GetByRole(AriaRole.Status)).ToContainTextAsync("Dit bestand wijkt af van het uitgereikte certificaat");
    }

    [Fact]
    public async Task Visitor_UnknownVerificationCode_SeesADutchExplanation_AndCanSwitchToEnglish()
    {
        var page = await browser.NewPageAsync();

        var response = await page.GotoAsync("/verify/ABCDEFGHJKMN");

        response!.Status.ShouldBe(404);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Er bestaat geen certificaat met deze code");
        await BrowserFixture.CheckPageAsync(page, "verify-unknown");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("There is no certificate with this code");
        (await page.GetAttributeAsync("html", "lang")).ShouldBe("en");

        await page.GotoAsync("/account/login");
        await BrowserFixture.CheckPageAsync(page, "login-en");
    }

    internal static async Task SignInAsync(IPage page, string email, string password = DemoAccounts.Password)
    {
        await page.GotoAsync("/account/login");
        await BrowserFixture.CheckPageAsync(page, "login");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        // On a phone the menu, and the sign-out button in it, is folded away; it is in the page all the same.
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen", IncludeHidden = true })).ToHaveCountAsync(1);
    }
}
