using Microsoft.Playwright;
using Minor.Platform.TestSupport;

namespace Minor.Platform.BrowserTests;

/// <summary>
/// A lecturer builds M3's toetsmatrijs (a gap first, then fixed) and publishes it; two examiners grade the portfolio
/// blind, disagree and calibrate; the student then sees the module result and progress per learning outcome.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AssessmentWalkTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string Zoe = "Zoë Đurić-Şahin";

    public Task InitializeAsync() => browser.Platform.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Lecturer_FixesAGapAndPublishes_TwoExaminersCalibrate_AndTheStudentSeesProgressPerOutcome()
    {
        var lecturer = await browser.NewPageAsync();
        await ThinSliceTests.SignInAsync(lecturer, DemoAccounts.Lecturer("noord"));
        await lecturer.GetByRole(AriaRole.Link, new() { Name = "Toetsing" }).First.ClickAsync();
        await Assertions.Expect(lecturer.GetByRole(AriaRole.Heading, new() { Name = "Toetsing", Level = 1 })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(lecturer, "assessment");

        await lecturer.GetByRole(AriaRole.Link, new() { Name = "M3 Methodisch werken" }).ClickAsync();
        await AddAssessmentAsync(lecturer, "Praktijkportfolio", "portfolio", "70", twoExaminers: true, "M3.1", "M3.2", "M3.3");
        await lecturer.GetByRole(AriaRole.Button, new() { Name = "Publiceren" }).ClickAsync();
        await Assertions.Expect(lecturer.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nog niet gedekt: M3.4");
        await BrowserFixture.CheckPageAsync(lecturer, "plan-gap");

        await AddAssessmentAsync(lecturer, "Methodiekpitch", "presentatie", "30", twoExaminers: false, "M3.4");
        await lecturer.GetByRole(AriaRole.Button, new() { Name = "Publiceren" }).ClickAsync();
        await Assertions.Expect(lecturer.GetByRole(AriaRole.Status)).ToHaveTextAsync("Het toetsplan is gepubliceerd.");
        await Assertions.Expect(lecturer.GetByText("Gepubliceerd", new() { Exact = true })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(lecturer, "plan-published");

        var student = await browser.NewPageAsync();
        await ThinSliceTests.SignInAsync(student, DemoAccounts.Student("noord"));
        await student.GotoAsync("/my/modules/M3");
        var portfolio = student.Locator("li.card", new() { HasText = "Praktijkportfolio" });
        await portfolio.GetByLabel("Werk inleveren").SetInputFilesAsync(new FilePayload
        {
            Name = "Portfolio Zoë.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.7\n%%EOF\n"u8.ToArray(),
        });
        await portfolio.GetByRole(AriaRole.Button, new() { Name = "Inleveren", Exact = true }).ClickAsync();
        await Assertions.Expect(student.GetByRole(AriaRole.Status)).ToContainTextAsync("Je werk is ingeleverd (1 bestand(en))");
        await Assertions.Expect(student.GetByRole(AriaRole.Link, new() { Name = "Portfolio Zoë.pdf" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(student, "my-module-hand-in");

        await GradeAsync(lecturer, "Praktijkportfolio", "6,0", "Goede analyse van het bewonersinitiatief; de reflectie mag dieper.");
        await Assertions.Expect(StudentCard(lecturer).GetByRole(AriaRole.Link, new() { Name = "Portfolio Zoë.pdf" })).ToBeVisibleAsync();
        var second = await browser.NewPageAsync();
        await ThinSliceTests.SignInAsync(second, DemoAccounts.SecondLecturer("noord"));
        await GradeAsync(second, "Praktijkportfolio", "8,0", null);
        var card = StudentCard(second);
        await Assertions.Expect(card.GetByText("Kalibratie nodig")).ToBeVisibleAsync();
        await Assertions.Expect(card.GetByText("6,0")).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(second, "grade-calibration");

        await card.GetByLabel("Vastgesteld cijfer").FillAsync("7,0");
        await card.GetByLabel("Toelichting op de kalibratie").FillAsync("Kalibratiegesprek: samen vastgesteld op 7,0.");
        await card.GetByRole(AriaRole.Button, new() { Name = "Cijfer vaststellen" }).ClickAsync();
        await Assertions.Expect(StudentCard(second).GetByText("Definitief")).ToBeVisibleAsync();
        await second.GetByRole(AriaRole.Button, new() { Name = "Definitieve cijfers publiceren (1)" }).ClickAsync();
        await Assertions.Expect(second.GetByRole(AriaRole.Status)).ToContainTextAsync("1 cijfers gepubliceerd");

        await GradeAsync(lecturer, "Methodiekpitch", "7,5", "Overtuigende pitch.");
        await lecturer.GetByRole(AriaRole.Button, new() { Name = "Definitieve cijfers publiceren (1)" }).ClickAsync();
        await Assertions.Expect(lecturer.GetByRole(AriaRole.Status)).ToContainTextAsync("1 cijfers gepubliceerd");
        await BrowserFixture.CheckPageAsync(lecturer, "grade-published");

        await lecturer.GotoAsync("/assessment");
        await lecturer.GetByRole(AriaRole.Link, new() { Name = "Cijferoverzicht" }).ClickAsync();
        var row = lecturer.GetByRole(AriaRole.Row, new() { Name = Zoe });
        await Assertions.Expect(row.GetByRole(AriaRole.Cell, new() { Name = "7,5" })).ToBeVisibleAsync();
        await Assertions.Expect(row.Locator(".outcome-badge")).ToContainTextAsync("7,2");
        await BrowserFixture.CheckPageAsync(lecturer, "gradebook");

        await student.GetByRole(AriaRole.Link, new() { Name = "Mijn resultaten" }).First.ClickAsync();
        var m3 = student.Locator("a.module-card", new() { HasText = "M3" });
        await Assertions.Expect(m3.Locator(".outcome-badge")).ToContainTextAsync("7,2"); // 0,7 × 7,0 + 0,3 × 7,5 = 7,15
        await BrowserFixture.CheckPageAsync(student, "my-results");

        await m3.ClickAsync();
        await Assertions.Expect(student.GetByRole(AriaRole.Heading, new() { Name = "Voortgang per leerresultaat" })).ToBeVisibleAsync();
        await Assertions.Expect(student.Locator("section[aria-labelledby=outcomes-title] .badge", new() { HasText = "Behaald" })).ToHaveCountAsync(4);
        await Assertions.Expect(student.GetByText("Goede analyse van het bewonersinitiatief; de reflectie mag dieper.")).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(student, "my-module");

        await student.SetViewportSizeAsync(390, 844);
        await BrowserFixture.CheckPageAsync(student, "my-module-phone");
    }

    private static async Task AddAssessmentAsync(IPage page, string title, string type, string weight, bool twoExaminers, params string[] outcomes)
    {
        await page.GetByLabel("Titel").FillAsync(title);
        await page.GetByLabel("Toetsvorm").SelectOptionAsync(type);
        await page.GetByLabel("Gewicht (%)").FillAsync(weight);
        await page.GetByLabel("Examinatoren").SelectOptionAsync(twoExaminers ? "2" : "1");
        await page.GetByLabel("Deadline", new() { Exact = true }).FillAsync("2027-01-15T17:00");
        foreach (var outcome in outcomes)
        {
            await page.Locator($"[id='lo-{outcome}']").CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Toets toevoegen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("De toets is toegevoegd.");
    }

    private static async Task GradeAsync(IPage page, string assessment, string grade, string? feedback)
    {
        await page.GotoAsync("/assessment");
        await page.GetByRole(AriaRole.Link, new() { Name = $"M3 · {assessment}" }).ClickAsync();
        var card = StudentCard(page);
        await card.GetByLabel("Jouw cijfer").FillAsync(grade);
        if (feedback is not null)
        {
            await card.GetByLabel("Feedback voor de student").FillAsync(feedback);
        }

        await card.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Je beoordeling is opgeslagen.");
    }

    private static ILocator StudentCard(IPage page) => page.Locator("li.card", new() { HasText = Zoe });
}
