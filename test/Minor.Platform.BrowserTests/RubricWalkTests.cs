using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Minor.Platform.TestSupport;

namespace Minor.Platform.BrowserTests;

/// <summary>A lecturer writes a rubric, an examiner grades through it and overrides its proposal with a reason, the student reads the verdict per learning outcome.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RubricWalkTests(BrowserFixture browser) : IAsyncLifetime
{
    public Task InitializeAsync() => browser.Platform.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Lecturer_WritesARubric_TheExaminerGradesThroughIt_AndTheStudentSeesTheVerdictPerOutcome()
    {
        var assessmentId = await PublishedReportAsync();
        var lecturer = await browser.NewPageAsync();
        await ThinSliceTests.SignInAsync(lecturer, DemoAccounts.Lecturer("noord"));
        await lecturer.GotoAsync($"/assessment/rubric/{assessmentId}");
        await FillCriterionAsync(lecturer, 0, "Analyse van de buurt", "M2.1", ("Beschrijvend, zonder bronnen", "0"), ("Onderbouwd met cijfers of verhalen", "3"), ("Cijfers en verhalen verbonden", "5"));
        await lecturer.GetByRole(AriaRole.Button, new() { Name = "Rubric opslaan" }).ClickAsync();
        await Assertions.Expect(lecturer.GetByRole(AriaRole.Status)).ToHaveTextAsync("De rubric is opgeslagen.");
        await FillCriterionAsync(lecturer, 1, "Rapportage aan bewoners", "M2.4", ("Niet afgestemd op lezers", "0"), ("Helder en bruikbaar", "4"));
        await lecturer.GetByRole(AriaRole.Button, new() { Name = "Rubric opslaan" }).ClickAsync();
        await Assertions.Expect(lecturer.GetByText("maximaal 9 punten")).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(lecturer, "rubric");

        await lecturer.GotoAsync($"/assessment/grade/{assessmentId}");
        var card = lecturer.Locator("li.card", new() { HasText = "Zoë Đurić-Şahin" });
        await card.GetByLabel("Cijfers en verhalen verbonden").CheckAsync();
        await card.GetByLabel("Helder en bruikbaar").CheckAsync();
        await card.GetByLabel("Cijfer (leeg: voorstel van de rubric)").FillAsync("9,5");
        await card.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(lecturer.GetByText("De rubric stelt 10,0 voor.")).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(lecturer, "grade-rubric-error");

        card = lecturer.Locator("li.card", new() { HasText = "Zoë Đurić-Şahin" });
        await card.GetByLabel("Reden als je afwijkt van het voorstel").FillAsync("Bronvermelding onvolledig");
        await card.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(lecturer.GetByRole(AriaRole.Status)).ToHaveTextAsync("Je beoordeling is opgeslagen.");
        await lecturer.GetByRole(AriaRole.Button, new() { Name = "Definitieve cijfers publiceren (1)" }).ClickAsync();
        await Assertions.Expect(lecturer.GetByRole(AriaRole.Status)).ToContainTextAsync("1 cijfers gepubliceerd");

        var student = await browser.NewPageAsync();
        await ThinSliceTests.SignInAsync(student, DemoAccounts.Student("noord"));
        await student.GotoAsync("/my/modules/M2");
        await Assertions.Expect(student.Locator(".rubric-feedback").First).ToContainTextAsync("Analyse van de buurt: Cijfers en verhalen verbonden (5/5)");
        await Assertions.Expect(student.Locator(".outcome-badge").First).ToContainTextAsync("9,5");
        await BrowserFixture.CheckPageAsync(student, "my-module-rubric");

        var examBoard = await browser.NewPageAsync();
        await ThinSliceTests.SignInAsync(examBoard, DemoAccounts.ExamBoard("noord"));
        await examBoard.GetByRole(AriaRole.Link, new() { Name = "Cijferlogboek" }).ClickAsync();
        var graded = examBoard.GetByRole(AriaRole.Row).Filter(new() { HasText = "Bronvermelding onvolledig" });
        await Assertions.Expect(graded).ToContainTextAsync("Zoë Đurić-Şahin");
        await Assertions.Expect(graded).ToContainTextAsync("9,5");
        await BrowserFixture.CheckPageAsync(examBoard, "grade-log");

        await examBoard.GetByRole(AriaRole.Link, new() { Name = "Toetsing", Exact = true }).ClickAsync();
        await examBoard.GetByRole(AriaRole.Link, new() { Name = "Cijferoverzicht" }).ClickAsync();
        await Assertions.Expect(examBoard.GetByRole(AriaRole.Row, new() { Name = "Zoë Đurić-Şahin" })).ToContainTextAsync("9,5");
        await examBoard.GotoAsync("/assessment");
        await examBoard.GetByRole(AriaRole.Link, new() { Name = "M2 Wijkanalyse en participatief buurtonderzoek" }).ClickAsync();
        await Assertions.Expect(examBoard.GetByRole(AriaRole.Button, new() { Name = "Toets toevoegen" })).ToHaveCountAsync(0);
    }

    private static async Task FillCriterionAsync(IPage page, int index, string title, string outcome, params (string Descriptor, string Points)[] levels)
    {
        await page.Locator($"#c{index}-title").FillAsync(title);
        await page.Locator($"#c{index}-outcome").SelectOptionAsync(outcome);
        for (var level = 0; level < levels.Length; level++)
        {
            await page.Locator($"#c{index}-l{level}-text").FillAsync(levels[level].Descriptor);
            await page.Locator($"#c{index}-l{level}-points").FillAsync(levels[level].Points);
        }
    }

    /// <summary>M2's report as the only assessment (one examiner, 100 %), published through the API.</summary>
    private async Task<Guid> PublishedReportAsync()
    {
        using var api = await CohortBuilder.SignedInAsync(browser.Platform.BaseAddress, DemoAccounts.Lecturer("noord"));
        var cohortId = (await api.GetFromJsonAsync<JsonElement>("/api/v1/cohorts"))[0].GetProperty("id").GetGuid();
        using var created = await api.PostAsJsonAsync($"/api/v1/cohorts/{cohortId}/modules/M2/assessments", new
        {
            title = "Wijkanalyse-rapport", type = "rapport", weight = 100, scale = "numeric", examinersRequired = 1,
            learningOutcomeCodes = new[] { "M2.1", "M2.2", "M2.3", "M2.4" },
        });
        created.EnsureSuccessStatusCode();
        (await api.PostAsync($"/api/v1/cohorts/{cohortId}/modules/M2/assessment-plan/publish", null)).EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
