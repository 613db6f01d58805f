using Microsoft.Playwright;
using Minor.Platform.TestSupport;

namespace Minor.Platform.BrowserTests;

/// <summary>
/// A lecturer posts a section on a module page and an announcement; the student finds both, from their home page,
/// on a desktop and on a phone. axe-core checks every page on the way.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LearningWalkTests(BrowserFixture browser) : IAsyncLifetime
{
    public Task InitializeAsync() => browser.Platform.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ALecturerPostsASectionAndAnAnnouncement_AndTheStudentFindsBothOnTheirHome()
    {
        var lecturer = await browser.NewPageAsync();
        await ThinSliceTests.SignInAsync(lecturer, DemoAccounts.Lecturer("noord"));
        await lecturer.GetByRole(AriaRole.Link, new() { Name = "Mijn onderwijs" }).ClickAsync();
        await Assertions.Expect(lecturer.GetByRole(AriaRole.Heading, new() { Name = "Wacht op beoordeling" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(lecturer, "teaching-home");

        var cohort = lecturer.GetByRole(AriaRole.Region, new() { Name = "Noord 2026-2027 semester 1" });
        await cohort.GetByRole(AriaRole.Link, new() { Name = "M2 Wijkanalyse en participatief buurtonderzoek" }).ClickAsync();
        await lecturer.GetByRole(AriaRole.Button, new() { Name = "Sectie plaatsen" }).ClickAsync();
        await Assertions.Expect(lecturer.GetByText("Vul een titel in.")).ToBeVisibleAsync();
        await lecturer.GetByLabel("Titel", new() { Exact = true }).FillAsync("Week 5: de buurt in kaart");
        await lecturer.GetByLabel("Tekst", new() { Exact = true }).FillAsync("Neem je **buurtprofiel** mee.\n\n- interviews\n- cijfers van het CBS");
        await lecturer.GetByLabel("M2.1", new() { Exact = false }).CheckAsync();
        await lecturer.GetByRole(AriaRole.Button, new() { Name = "Sectie plaatsen" }).ClickAsync();
        await Assertions.Expect(lecturer.GetByRole(AriaRole.Status)).ToContainTextAsync("Opgeslagen.");
        var section = lecturer.GetByRole(AriaRole.Article, new() { Name = "Week 5: de buurt in kaart" });
        await section.GetByText("Bewerken, materiaal toevoegen of verwijderen").ClickAsync();
        await section.GetByLabel("Titel van de link").FillAsync("Buurtmonitor");
        await section.GetByLabel("Webadres").FillAsync("https://www.waarstaatjegemeente.nl");
        await section.GetByRole(AriaRole.Button, new() { Name = "Toevoegen" }).ClickAsync();
        await Assertions.Expect(lecturer.GetByRole(AriaRole.Link, new() { Name = "Buurtmonitor" })).ToBeVisibleAsync();
        await section.GetByText("Bewerken, materiaal toevoegen of verwijderen").ClickAsync();
        await section.GetByLabel("Tekst", new() { Exact = true }).FillAsync("Neem je **buurtprofiel** mee.\n\nZie ook de buurtmonitor hieronder.");
        await section.GetByRole(AriaRole.Button, new() { Name = "Wijziging opslaan" }).ClickAsync();
        await Assertions.Expect(section).ToContainTextAsync("Zie ook de buurtmonitor hieronder.");
        await BrowserFixture.CheckPageAsync(lecturer, "teaching-module-page");

        await lecturer.GotoAsync("/docent");
        await cohort.GetByRole(AriaRole.Link, new() { Name = "Rooster" }).ClickAsync();
        await BrowserFixture.CheckPageAsync(lecturer, "teaching-schedule");
        await lecturer.GotoAsync("/docent");
        await cohort.GetByRole(AriaRole.Link, new() { Name = "Mededelingen" }).ClickAsync();
        await lecturer.GetByLabel("Onderwerp").FillAsync("Excursie naar Rotterdam-Zuid");
        await lecturer.GetByLabel("Tekst").FillAsync("We vertrekken **om 9 uur** vanaf het station.");
        await lecturer.GetByRole(AriaRole.Button, new() { Name = "Plaatsen en mailen" }).ClickAsync();
        await Assertions.Expect(lecturer.GetByRole(AriaRole.Status)).ToContainTextAsync("De mededeling is geplaatst");
        await BrowserFixture.CheckPageAsync(lecturer, "teaching-announcements");

        var student = await browser.NewPageAsync();
        await ThinSliceTests.SignInAsync(student, DemoAccounts.Student("noord"));
        await student.GetByRole(AriaRole.Link, new() { Name = "Start" }).ClickAsync();
        var announcement = student.GetByRole(AriaRole.Article, new() { Name = "Excursie naar Rotterdam-Zuid" });
        await Assertions.Expect(announcement.Locator("strong")).ToHaveTextAsync("om 9 uur");
        await Assertions.Expect(student.GetByLabel("Rooster in je eigen agenda")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("/calendar/.+\\.ics$"));
        await BrowserFixture.CheckPageAsync(student, "student-home");

        await student.GetByRole(AriaRole.Link, new() { Name = "M2 Wijkanalyse en participatief buurtonderzoek" }).ClickAsync();
        var posted = student.GetByRole(AriaRole.Article, new() { Name = "Week 5: de buurt in kaart" });
        await Assertions.Expect(posted.Locator("strong")).ToHaveTextAsync("buurtprofiel");
        await Assertions.Expect(posted).ToContainTextAsync("Zie ook de buurtmonitor hieronder.");
        await Assertions.Expect(posted.GetByRole(AriaRole.Link, new() { Name = "Buurtmonitor" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(student, "student-module-materials");

        var phone = await browser.NewPageAsync(phone: true);
        await ThinSliceTests.SignInAsync(phone, DemoAccounts.Student("noord"));
        await phone.GotoAsync("/home");
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Excursie naar Rotterdam-Zuid" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(phone, "student-home-phone");
    }
}
