using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minor.Platform.IntegrationTests.Intake;
using Minor.Platform.TestSupport;

namespace Minor.Platform.IntegrationTests.Identity;

/// <summary>An admitted applicant gets an activation mail (an .eml in the embedded mail folder), chooses a password once, and signs in.</summary>
public sealed class AccountActivationTests(PlatformFactory platform) : PlatformTest(platform)
{
    [Fact]
    public async Task AdmittedApplicant_ActivatesWithTheMailedLink_Once()
    {
        const string email = "anouk.activatie@example.nl";
        await AdmitAsync(email);

        using var student = await ActivateAsync(email);

        var me = await student.GetFromJsonAsync<JsonElement>("/api/v1/me");
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldContain("Student");
        var link = new Uri(await ActivationLinkAsync(email));
        using var anonymous = Anonymous();
        var again = await anonymous.GetStringAsync(link.PathAndQuery);
        again.ShouldContain("Deze activeringslink werkt niet (meer).");
        again.ShouldNotContain("Nieuw wachtwoord");
    }

    [Fact]
    public async Task Activation_WithDifferentPasswords_OrATamperedToken_SetsNoPassword()
    {
        const string email = "bas.activatie@example.nl";
        await AdmitAsync(email);
        var link = new Uri(await ActivationLinkAsync(email));
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = Platform.BaseAddress };
        var form = await browser.GetStringAsync(link.PathAndQuery);

        using var mismatch = await browser.PostAsync("/account/activate", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["user"] = query["user"]!, ["Token"] = query["token"]!, ["Password"] = "Wijkkracht2026", ["ConfirmPassword"] = "Wijkkracht2027",
            ["__RequestVerificationToken"] = AntiforgeryToken(form),
        }));
        var tampered = await browser.GetStringAsync($"/account/activate?user={query["user"]}&token=abc{Uri.EscapeDataString(query["token"]!)}");

        mismatch.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await mismatch.Content.ReadAsStringAsync()).ShouldContain("De twee wachtwoorden zijn niet gelijk.");
        tampered.ShouldContain("Deze activeringslink werkt niet (meer).");
        using var anonymous = Anonymous();
        using var token = await anonymous.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "minor-cli", ["username"] = email, ["password"] = "Wijkkracht2026", ["scope"] = "api",
        }));
        token.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private async Task AdmitAsync(string email)
    {
        using var anonymous = Anonymous();
        using var created = await anonymous.PostAsJsonAsync("/api/v1/intake/applications", IntakeApiTests.ValidApplication(email, "midden", "Z1"));
        var applicationId = (await ReadJsonAsync(created)).GetProperty("id").GetGuid();
        using var coordinator = await SignedInAsync(DemoAccounts.Coordinator("midden"));
        using var admitted = await coordinator.PostAsJsonAsync($"/api/v1/intake/applications/{applicationId}/admit", new { cohortId = await CohortOfAsync("midden") });
        admitted.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
