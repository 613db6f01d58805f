using Microsoft.Playwright;
using Minor.Platform.TestSupport;

namespace Minor.Platform.BrowserTests;

/// <summary>
/// A coordinator opens next semester's cohort, corrects a mistake the form points out, and closes its enrolment; and
/// invites a lecturer to the hogeschool's staff.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CohortWalkTests(BrowserFixture browser) : IAsyncLifetime
{
    public Task InitializeAsync() => browser.Platform.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Coordinator_OpensACohort_AndClosesItsEnrolment()
    {
        var page = await browser.NewPageAsync();
        await ThinSliceTests.SignInAsync(page, DemoAccounts.Coordinator("noord"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Cohorten", Exact = true }).ClickAsync();
        await BrowserFixture.CheckPageAsync(page, "cohorts");

        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Noord 2027-2028 semester 1");
        await page.GetByLabel("Begindatum").FillAsync("2027-09-01");
        await page.GetByLabel("Einddatum").FillAsync("2027-08-01");
        await page.GetByLabel("Capaciteit").FillAsync("24");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cohort openen" }).ClickAsync();
        await Assertions.Expect(page.GetByText("De einddatum moet na de begindatum liggen.")).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "cohorts-error");
        await page.GetByLabel("Einddatum").FillAsync("2028-01-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cohort openen" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Het cohort is geopend.");
        await page.GetByLabel("Inschrijving open: aanmelders kunnen worden toegelaten").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Inschrijving gesloten", new() { Exact = true })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "cohort");

        var phone = await browser.NewPageAsync(phone: true);
        await ThinSliceTests.SignInAsync(phone, DemoAccounts.Coordinator("noord"));
        await phone.GotoAsync("/cohorten");
        await Assertions.Expect(phone.GetByRole(AriaRole.Link, new() { Name = "Noord 2027-2028 semester 1" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(phone, "cohorts-phone");
    }

    [Fact]
    public async Task Coordinator_InvitesALecturer()
    {
        var page = await browser.NewPageAsync();
        await ThinSliceTests.SignInAsync(page, DemoAccounts.Coordinator("midden"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Medewerkers", Exact = true }).ClickAsync();
        await BrowserFixture.CheckPageAsync(page, "staff");

        await page.GetByLabel("E-mailadres").FillAsync("fleur.nieuw@midden.demo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging versturen" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Kies ten minste één rol.")).ToBeVisibleAsync();
        await page.GetByLabel("Voornaam").FillAsync("Fleur");
        await page.GetByLabel("Achternaam").FillAsync("Bakker");
        await page.GetByLabel("Docent", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging versturen" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("De uitnodiging is verstuurd.");
        await Assertions.Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = "Fleur Bakker" })).ToBeVisibleAsync();
        await page.GetByText("Wijzigen", new() { Exact = false }).First.ClickAsync();
        await BrowserFixture.CheckPageAsync(page, "staff-invited");

        var phone = await browser.NewPageAsync(phone: true);
        await ThinSliceTests.SignInAsync(phone, DemoAccounts.Coordinator("midden"));
        await phone.GotoAsync("/medewerkers");
        await BrowserFixture.CheckPageAsync(phone, "staff-phone");
    }
}
