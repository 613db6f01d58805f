using System.Net;
using System.Text.RegularExpressions;
using Minor.Platform.TestSupport;

namespace Minor.Platform.IntegrationTests.Identity;

/// <summary>
/// The platform administrator runs the hogescholen at /beheer: adding one connects its SURFconext identifier, a
/// hogeschool can be limited to school accounts or switched off, and every change is in the administration log.
/// </summary>
public sealed class InstitutionAdministrationTests(PlatformFactory platform) : PlatformTest(platform)
{
    [Fact]
    public async Task AddedHogeschool_IsKnownToSchoolAccountSignIn_AndLogged()
    {
        using var admin = await BrowserAsync(DemoAccounts.Admin);

        using var added = await PostAsync(admin, "/beheer/hogescholen", new()
        {
            ["Input.Code"] = "onbekend", ["Input.Name"] = "Hogeschool Onbekend", ["Input.City"] = "Zwolle",
            ["Input.SchacHomeOrganization"] = "Onbekend.NL", ["Input.AllowsPasswordSignIn"] = "true",
        });

        added.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await added.Content.ReadAsStringAsync();
        page.ShouldContain("<h1 class=\"display-6 fw-semibold mb-0\">Hogeschool Onbekend</h1>");
        page.ShouldContain("SURFconext: – → onbekend.nl");
        using var browser = new FederatedBrowser(Platform.BaseAddress);
        var signIn = await browser.SignInAsync("surfconext", "student@onbekend.nl");
        signIn.Body.ShouldContain("We vinden geen account bij student@onbekend.nl.", customMessage: "the hogeschool is known now; the person has no account");
    }

    [Fact]
    public async Task AddingAHogeschool_WithATakenIdentifierOrNoCity_ShowsTheErrors_AndAddsNothing()
    {
        using var admin = await BrowserAsync(DemoAccounts.Admin);

        using var refused = await PostAsync(admin, "/beheer/hogescholen", new()
        {
            ["Input.Code"] = "noord", ["Input.Name"] = "Tweede Noord", ["Input.City"] = "",
            ["Input.SchacHomeOrganization"] = "zuid.demo", ["Input.AllowsPasswordSignIn"] = "true",
        });

        var page = await refused.Content.ReadAsStringAsync();
        page.ShouldContain("Deze code is al in gebruik.");
        page.ShouldContain("Vul de plaats in.");
        page.ShouldContain("zuid.demo hoort al bij een andere hogeschool.");
        (await admin.GetStringAsync("/beheer/hogescholen")).ShouldNotContain("Tweede Noord");
    }

    [Fact]
    public async Task HogeschoolWithSchoolAccountsOnly_RefusesAPasswordAfterItIsRight_OnThePageAndForTokens()
    {
        using var admin = await BrowserAsync(DemoAccounts.Admin);
        var noord = await InstitutionIdAsync(admin, "Hogeschool Noord");
        using var saved = await PostAsync(admin, $"/beheer/hogescholen/{noord}", new()
        {
            ["Input.Name"] = "Hogeschool Noord", ["Input.City"] = "Groningen", ["Input.SchacHomeOrganization"] = "noord.demo",
            ["Input.AllowsPasswordSignIn"] = "false",
        });
        (await saved.Content.ReadAsStringAsync()).ShouldContain("wachtwoord toegestaan: ja → nee");

        var right = await LoginPageAsync(DemoAccounts.Lecturer("noord"), DemoAccounts.Password);
        var wrong = await LoginPageAsync(DemoAccounts.Lecturer("noord"), "Fout!2025");

        right.ShouldContain("Je hogeschool laat inloggen alleen toe met je hogeschoolaccount.");
        wrong.ShouldContain("Het e-mailadres of wachtwoord klopt niet.", customMessage: "a wrong password says nothing about the hogeschool");
        using var anonymous = Anonymous();
        using var token = await anonymous.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "minor-cli", ["username"] = DemoAccounts.Lecturer("noord"), ["password"] = DemoAccounts.Password,
        }));
        token.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var school = new FederatedBrowser(Platform.BaseAddress);
        (await school.SignInAsync("surfconext", DemoAccounts.Lecturer("noord"))).Address.AbsolutePath.ShouldBe("/");
    }

    [Fact]
    public async Task DeactivatedHogeschool_SignsNobodyIn_AndNeedsAReason()
    {
        using var admin = await BrowserAsync(DemoAccounts.Admin);
        var zuid = await InstitutionIdAsync(admin, "Hogeschool Zuid");

        using var noReason = await PostAsync(admin, $"/beheer/hogescholen/{zuid}?handler=Active", new() { ["active"] = "false", ["reason"] = " " });
        (await noReason.Content.ReadAsStringAsync()).ShouldContain("Geef een reden.");
        using var deactivated = await PostAsync(admin, $"/beheer/hogescholen/{zuid}?handler=Active", new() { ["active"] = "false", ["reason"] = "Samenwerking beëindigd" });

        (await deactivated.Content.ReadAsStringAsync()).ShouldContain("reden: Samenwerking beëindigd");
        (await LoginPageAsync(DemoAccounts.Coordinator("zuid"), DemoAccounts.Password)).ShouldContain("Je account is uitgeschakeld.");
        (await LoginPageAsync(DemoAccounts.Coordinator("midden"), DemoAccounts.Password)).ShouldNotContain("Je account is uitgeschakeld.");
        using var school = new FederatedBrowser(Platform.BaseAddress);
        (await school.SignInAsync("surfconext", DemoAccounts.Student("zuid"))).Body.ShouldContain("Hogeschool Zuid is niet (meer) aangesloten");
    }

    private async Task<string> LoginPageAsync(string email, string password)
    {
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = Platform.BaseAddress };
        var form = await client.GetStringAsync("/account/login");
        using var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = password, ["__RequestVerificationToken"] = AntiforgeryToken(form),
        }));
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string path, Dictionary<string, string> fields)
    {
        var form = await browser.GetStringAsync(path.Split('?')[0]);
        fields["__RequestVerificationToken"] = AntiforgeryToken(form);
        return await browser.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    private static async Task<Guid> InstitutionIdAsync(HttpClient admin, string name)
    {
        var list = await admin.GetStringAsync("/beheer/hogescholen");
        return Guid.Parse(Regex.Match(list, $"href=\"/beheer/hogescholen/([0-9a-f-]+)\">{Regex.Escape(name)}</a>").Groups[1].Value);
    }
}
