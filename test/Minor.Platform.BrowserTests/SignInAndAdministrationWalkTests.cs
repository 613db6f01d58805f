using Microsoft.Playwright;
using Minor.Platform.TestSupport;

namespace Minor.Platform.BrowserTests;

/// <summary>
/// Signing in with the school account through the test SURFconext provider's own pages, the clear pages when that
/// cannot be, and the administrator adding and changing a hogeschool: every page checked with axe and photographed.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SignInAndAdministrationWalkTests(BrowserFixture browser) : IAsyncLifetime
{
    public Task InitializeAsync() => browser.Platform.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Student_SignsInWithTheSchoolAccount()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/account/login");
        await BrowserFixture.CheckPageAsync(page, "login-school-account");

        await page.GetByRole(AriaRole.Link, new() { Name = "Inloggen met je hogeschoolaccount" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Inloggen bij SURFconext" })).ToBeVisibleAsync();
        await page.GetByLabel("E-mailadres").FillAsync(DemoAccounts.Student("noord"));
        await page.GetByLabel("Wachtwoord").FillAsync("test");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen", IncludeHidden = true })).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByText("Zoë Đurić-Şahin").First).ToBeAttachedAsync();
    }

    [Fact]
    public async Task SchoolAccountOfAnUnknownHogeschool_GetsAClearPage_OnAPhoneToo()
    {
        var page = await browser.NewPageAsync(phone: true);
        await page.GotoAsync("/account/login");
        await BrowserFixture.CheckPageAsync(page, "login-phone");
        await page.GetByRole(AriaRole.Link, new() { Name = "Inloggen met je hogeschoolaccount" }).ClickAsync();
        await page.GetByLabel("E-mailadres").FillAsync("student@onbekend.nl");
        await page.GetByLabel("Wachtwoord").FillAsync("test");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Je hogeschool (onbekend.nl) doet nog niet mee");
        await BrowserFixture.CheckPageAsync(page, "signin-unknown-hogeschool-phone");

        var desktop = await browser.NewPageAsync();
        await desktop.GotoAsync("/account/login/surfconext");
        await desktop.GetByLabel("E-mailadres").FillAsync("nieuw@noord.demo");
        await desktop.GetByLabel("Wachtwoord").FillAsync("test");
        await desktop.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await Assertions.Expect(desktop.GetByRole(AriaRole.Alert)).ToContainTextAsync("We vinden geen account bij nieuw@noord.demo");
        await BrowserFixture.CheckPageAsync(desktop, "signin-no-account");
        await desktop.GetByLabel("E-mailadres van je account bij Minor.Platform").FillAsync(DemoAccounts.Student("noord"));
        await desktop.GetByRole(AriaRole.Button, new() { Name = "Stuur me een code" }).ClickAsync();
        await Assertions.Expect(desktop.GetByLabel("Code uit de e-mail")).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(desktop, "signin-code");

        await desktop.GotoAsync("/account/login/failed?provider=surfconext");
        await BrowserFixture.CheckPageAsync(desktop, "signin-failed");
    }

    [Fact]
    public async Task Administrator_AddsAHogeschool_AndSwitchesItToSchoolAccountsOnly()
    {
        var page = await browser.NewPageAsync();
        await ThinSliceTests.SignInAsync(page, DemoAccounts.Admin);
        await page.GetByRole(AriaRole.Link, new() { Name = "Beheer", Exact = true }).ClickAsync();
        await BrowserFixture.CheckPageAsync(page, "admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Hogescholen" }).First.ClickAsync();

        await page.GetByLabel("Code", new() { Exact = true }).FillAsync("hanze");
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Hanzehogeschool Groningen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Hogeschool toevoegen" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Vul de plaats in.")).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "admin-institutions-error");
        await page.GetByLabel("Plaats").FillAsync("Groningen");
        await page.GetByLabel("SURFconext-identificatie").FillAsync("hanze.nl");
        await page.GetByRole(AriaRole.Button, new() { Name = "Hogeschool toevoegen" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hanzehogeschool Groningen", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("Alleen hogeschoolaccount (SURFconext)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("De wijziging is opgeslagen.");
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "wachtwoord toegestaan: ja → nee" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "admin-institution");

        var phone = await browser.NewPageAsync(phone: true);
        await ThinSliceTests.SignInAsync(phone, DemoAccounts.Admin);
        await phone.GotoAsync("/beheer/hogescholen");
        await Assertions.Expect(phone.GetByRole(AriaRole.Link, new() { Name = "Hanzehogeschool Groningen" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(phone, "admin-institutions-phone");
    }
}
