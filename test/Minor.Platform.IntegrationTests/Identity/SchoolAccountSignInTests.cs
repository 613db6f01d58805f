using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Minor.Platform.TestSupport;

namespace Minor.Platform.IntegrationTests.Identity;

/// <summary>
/// Sign-in with the school account (SURFconext) and eduID through real OpenID Providers (npm oidc-provider, started by
/// the test host with SURFconext's claim names): linking on the first sign-in, the clear pages when it cannot, and
/// the answers an attacker or a broken federation could give (a tampered state, a replayed code, a wrong nonce, an
/// expired id_token, a provider that is down).
/// </summary>
public sealed partial class SchoolAccountSignInTests(PlatformFactory platform) : PlatformTest(platform)
{
    private const string Surf = "surfconext";

    [Fact]
    public async Task FirstSignIn_WithTheVerifiedAddressOfTheSameHogeschool_LinksTheAccount()
    {
        using (var browser = Browser())
        {
            var page = await browser.SignInAsync(Surf, DemoAccounts.Student("noord"));

            page.Address.AbsolutePath.ShouldBe("/", page.Body);
            (await MeAsync(browser)).GetProperty("email").GetString().ShouldBe(DemoAccounts.Student("noord"));
        }

        (await LoginsOfAsync(DemoAccounts.Student("noord"))).ShouldBe([Platform.SurfConext.Issuer.ToString().TrimEnd('/')]);

        // The second sign-in finds the stored link, even after the address at the hogeschool changed.
        await ExecuteSqlAsync("UPDATE identity.\"AspNetUsers\" SET email = 'zoe.nieuw@noord.demo', normalized_email = 'ZOE.NIEUW@NOORD.DEMO' WHERE email = 'student@noord.demo'");
        using var again = Browser();
        await again.SignInAsync(Surf, DemoAccounts.Student("noord"));
        (await MeAsync(again)).GetProperty("email").GetString().ShouldBe("zoe.nieuw@noord.demo");
    }

    [Fact]
    public async Task SignIn_ReturnsToThePageAskedFor()
    {
        using var browser = Browser();

        var page = await browser.SignInAsync(Surf, DemoAccounts.Lecturer("noord"), "/account/login/surfconext?returnUrl=%2Fdocent");

        page.Address.AbsolutePath.ShouldBe("/docent");
        page.Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task SignIn_FromAnUnknownHogeschool_IsAClearRefusal()
    {
        using var browser = Browser();

        var page = await browser.SignInAsync(Surf, "student@onbekend.nl");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Body.ShouldContain("Je hogeschool (onbekend.nl) doet nog niet mee aan Minor.Platform.");
        page.Body.ShouldContain("href=\"/aanmelden\"");
        (await MeStatusAsync(browser)).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task SignIn_ForADeactivatedHogeschool_IsAClearRefusal()
    {
        await ExecuteSqlAsync("UPDATE identity.institutions SET is_active = false WHERE code = 'noord'");
        using var browser = Browser();

        var page = await browser.SignInAsync(Surf, DemoAccounts.Student("noord"));

        page.Body.ShouldContain("Hogeschool Noord is niet (meer) aangesloten op Minor.Platform.");
        (await MeStatusAsync(browser)).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task SignIn_WithoutAnAccount_SaysWhatToDo_AndCreatesNone()
    {
        using var browser = Browser();

        var page = await browser.SignInAsync(Surf, "nieuw@noord.demo");

        page.Body.ShouldContain("We vinden geen account bij nieuw@noord.demo.", customMessage: page.Body[page.Body.IndexOf("<main", StringComparison.Ordinal)..]);
        (await MeStatusAsync(browser)).ShouldBe(HttpStatusCode.Unauthorized);
        (await ScalarAsync("SELECT count(*) FROM identity.\"AspNetUsers\" WHERE email = 'nieuw@noord.demo'")).ShouldBe(0);
    }

    [Fact]
    public async Task SignIn_WithAnotherAddressOfTheSameHogeschool_IsLinkedAfterTheMailedCode()
    {
        using var browser = Browser();
        var refused = await browser.SignInAsync(Surf, "ander.adres@noord.demo");

        var codePage = await browser.PostFormAsync(refused, "Address", new Dictionary<string, string> { ["email"] = DemoAccounts.SecondLecturer("noord") });
        codePage.Body.ShouldContain("Als er een account is met het adres docent2@noord.demo");
        var code = await CodeMailedToAsync(DemoAccounts.SecondLecturer("noord"));

        var wrong = await browser.PostFormAsync(codePage, "Code", new Dictionary<string, string> { ["requestId"] = RequestId(codePage), ["code"] = Other(code) });
        wrong.Body.ShouldContain("Deze code klopt niet.");
        (await MeStatusAsync(browser)).ShouldBe(HttpStatusCode.Unauthorized);

        var signedIn = await browser.PostFormAsync(wrong, "Code", new Dictionary<string, string> { ["requestId"] = RequestId(codePage), ["code"] = code });
        signedIn.Address.AbsolutePath.ShouldBe("/");
        (await MeAsync(browser)).GetProperty("email").GetString().ShouldBe(DemoAccounts.SecondLecturer("noord"));

        using var next = Browser();
        await next.SignInAsync(Surf, "ander.adres@noord.demo");
        (await MeAsync(next)).GetProperty("email").GetString().ShouldBe(DemoAccounts.SecondLecturer("noord"), "the second sign-in needs no code");
    }

    [Fact]
    public async Task SignIn_NamingAnAccountOfAnotherHogeschool_MailsNoCode_AndLinksNothing()
    {
        using var browser = Browser();
        var refused = await browser.SignInAsync(Surf, "ander.adres@noord.demo");

        var codePage = await browser.PostFormAsync(refused, "Address", new Dictionary<string, string> { ["email"] = DemoAccounts.Lecturer("zuid") });

        codePage.Body.ShouldContain("Als er een account is met het adres docent@zuid.demo", customMessage: "the page says the same as when a code was sent");
        foreach (var guess in new[] { "000000", "123456", "999999" })
        {
            var page = await browser.PostFormAsync(codePage, "Code", new Dictionary<string, string> { ["requestId"] = RequestId(codePage), ["code"] = guess });
            page.Body.ShouldContain("Deze code klopt niet.");
        }

        Mailbox.All(Platform.DataFolder).ShouldNotContain(m => m.To.Mailboxes.Any(b => b.Address == DemoAccounts.Lecturer("zuid")));
        (await LoginsOfAsync(DemoAccounts.Lecturer("zuid"))).ShouldBeEmpty();
    }

    [Fact]
    public async Task MailedCode_StopsWorkingAfterFiveWrongTries()
    {
        using var browser = Browser();
        var refused = await browser.SignInAsync(Surf, "ander.adres@noord.demo");
        var codePage = await browser.PostFormAsync(refused, "Address", new Dictionary<string, string> { ["email"] = DemoAccounts.SecondLecturer("noord") });
        var code = await CodeMailedToAsync(DemoAccounts.SecondLecturer("noord"));
        var fields = new Dictionary<string, string> { ["requestId"] = RequestId(codePage), ["code"] = Other(code) };
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await browser.PostFormAsync(codePage, "Code", fields);
        }

        fields["code"] = code;
        var page = await browser.PostFormAsync(codePage, "Code", fields);

        page.Body.ShouldContain("Deze code werkt niet meer");
        (await MeStatusAsync(browser)).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task EduId_WithTheAddressOfAnAccount_IsLinkedAfterTheMailedCode()
    {
        using var browser = Browser();

        var codePage = await browser.SignInAsync("eduid", DemoAccounts.Student("zuid"));

        codePage.Body.ShouldContain("Als er een account is met het adres student@zuid.demo", customMessage: "eduID names no hogeschool: the address is proved first");
        var code = await CodeMailedToAsync(DemoAccounts.Student("zuid"));
        var signedIn = await browser.PostFormAsync(codePage, "Code", new Dictionary<string, string> { ["requestId"] = RequestId(codePage), ["code"] = code });
        signedIn.Address.AbsolutePath.ShouldBe("/");
        (await MeAsync(browser)).GetProperty("email").GetString().ShouldBe(DemoAccounts.Student("zuid"));
        (await LoginsOfAsync(DemoAccounts.Student("zuid"))).ShouldBe([Platform.EduId.Issuer.ToString().TrimEnd('/')]);
    }

    [Fact]
    public async Task TamperedState_IsRefused()
    {
        using var browser = Browser();
        var answer = await browser.SignInAtProviderAsync(Surf, DemoAccounts.Student("noord"));
        var state = Query(answer)["state"]!;
        var tampered = answer.ToString().Replace(Uri.EscapeDataString(state), Uri.EscapeDataString(state[..^4] + (state.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA")), StringComparison.Ordinal);

        var page = await browser.GoAsync(new Uri(tampered));

        page.Address.AbsolutePath.ShouldBe("/account/login/failed");
        page.Body.ShouldContain("Inloggen met SURFconext lukte niet");
        (await MeStatusAsync(browser)).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ReplayedCode_IsRefusedByTheProvider()
    {
        using var browser = Browser();
        var answer = await browser.SignInAtProviderAsync(Surf, DemoAccounts.Student("noord"));
        var before = browser.CopyCookies();
        (await browser.GoAsync(answer)).Address.AbsolutePath.ShouldBe("/");

        using var replay = Browser();
        replay.UseCookies(before);
        var page = await replay.GoAsync(answer);

        page.Address.AbsolutePath.ShouldBe("/account/login/failed");
        (await MeStatusAsync(replay)).ShouldBe(HttpStatusCode.Unauthorized);
        Platform.SurfConext.Output.ShouldContain("invalid_grant");
    }

    [Fact]
    public async Task IdToken_ForAnotherNonceThanTheBrowserWasGiven_IsRefused()
    {
        using var browser = Browser();
        var answer = await browser.SignInAtProviderAsync(Surf, DemoAccounts.Student("noord"));
        using var other = Browser();
        await other.SignInAtProviderAsync(Surf, DemoAccounts.Student("noord"));

        // The browser keeps its correlation (state and PKCE stay right) but holds the other sign-in's nonce.
        foreach (Cookie cookie in browser.Cookies.GetAllCookies().Where(c => c.Name.StartsWith(".AspNetCore.OpenIdConnect.Nonce.", StringComparison.Ordinal)))
        {
            cookie.Expired = true;
        }

        foreach (Cookie cookie in other.Cookies.GetAllCookies().Where(c => c.Name.StartsWith(".AspNetCore.OpenIdConnect.Nonce.", StringComparison.Ordinal)))
        {
            browser.Cookies.Add(new Cookie(cookie.Name, cookie.Value, cookie.Path, cookie.Domain));
        }

        var page = await browser.GoAsync(answer);

        page.Address.AbsolutePath.ShouldBe("/account/login/failed");
        (await MeStatusAsync(browser)).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ExpiredIdToken_IsRefused()
    {
        await ExecuteSqlAsync("""
            UPDATE identity."AspNetUsers" SET email = 'verlopen@noord.demo', normalized_email = 'VERLOPEN@NOORD.DEMO' WHERE email = 'docent2@noord.demo'
            """);
        using var browser = Browser();

        var page = await browser.SignInAsync(Surf, "verlopen@noord.demo");

        page.Address.AbsolutePath.ShouldBe("/account/login/failed", "the account exists, so only the token's lifetime stops it");
        (await MeStatusAsync(browser)).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ProviderDown_GivesAClearPage_AndPasswordSignInStillWorks()
    {
        using var browser = Browser();
        var answer = await browser.SignInAtProviderAsync(Surf, DemoAccounts.Student("noord"));
        await Platform.SurfConext.StopAsync();
        try
        {
            var page = await browser.GoAsync(answer);

            page.Address.AbsolutePath.ShouldBe("/account/login/failed");
            page.Body.ShouldContain("SURFconext is nu niet bereikbaar");
            page.Body.ShouldContain("Inloggen met wachtwoord");
            using var password = await BrowserAsync(DemoAccounts.Student("noord"));
            (await password.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            await Platform.SurfConext.StartAsync();
        }
    }

    [Fact]
    public async Task LoginPage_OffersTheSchoolAccountFirst()
    {
        using var anonymous = Anonymous();

        var page = await anonymous.GetStringAsync("/account/login");

        var school = page.IndexOf("Inloggen met je hogeschoolaccount", StringComparison.Ordinal);
        school.ShouldBeGreaterThan(0);
        school.ShouldBeLessThan(page.IndexOf("Inloggen met eduID", StringComparison.Ordinal));
        school.ShouldBeLessThan(page.IndexOf("name=\"Input.Password\"", StringComparison.Ordinal));
        page.ShouldContain("href=\"/account/login/surfconext\"");
    }

    [Fact]
    public async Task HogeschoolRequiringAssurance_RefusesAnExaminerWithoutIt_AndAdmitsOneWithIt()
    {
        await ExecuteSqlAsync("UPDATE identity.institutions SET required_assurance = 'http://test.surfconext.nl/assurance/loa2' WHERE code = 'noord'");

        using (var examiner = Browser())
        {
            var refused = await examiner.SignInAsync(Surf, DemoAccounts.Lecturer("noord"));
            refused.Body.ShouldContain("Voor jouw rol vraagt je hogeschool inloggen met een tweede factor");
            (await MeStatusAsync(examiner)).ShouldBe(HttpStatusCode.Unauthorized);
        }

        using (var student = Browser())
        {
            (await student.SignInAsync(Surf, DemoAccounts.Student("noord"))).Address.AbsolutePath.ShouldBe("/", "a student changes no grades");
        }

        // hoog@noord.demo signs in with loa2: linked to the second lecturer (an examiner), the sign-in passes.
        using var strong = Browser();
        var noAccount = await strong.SignInAsync(Surf, "hoog@noord.demo");
        var codePage = await strong.PostFormAsync(noAccount, "Address", new Dictionary<string, string> { ["email"] = DemoAccounts.SecondLecturer("noord") });
        var code = await CodeMailedToAsync(DemoAccounts.SecondLecturer("noord"));
        var signedIn = await strong.PostFormAsync(codePage, "Code", new Dictionary<string, string> { ["requestId"] = RequestId(codePage), ["code"] = code });
        signedIn.Address.AbsolutePath.ShouldBe("/");
        (await MeAsync(strong)).GetProperty("email").GetString().ShouldBe(DemoAccounts.SecondLecturer("noord"));
    }

    private FederatedBrowser Browser() => new(Platform.BaseAddress);

    private async Task<JsonElement> MeAsync(FederatedBrowser browser)
    {
        var page = await browser.GoAsync(new Uri(Platform.BaseAddress, "/api/v1/me"));
        page.Status.ShouldBe(HttpStatusCode.OK, page.Body);
        return JsonDocument.Parse(page.Body).RootElement;
    }

    private async Task<HttpStatusCode> MeStatusAsync(FederatedBrowser browser) =>
        (await browser.GoAsync(new Uri(Platform.BaseAddress, "/api/v1/me"))).Status;

    private async Task<IReadOnlyList<string>> LoginsOfAsync(string email)
    {
        await using var connection = new Npgsql.NpgsqlConnection(Platform.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT l.login_provider FROM identity.\"AspNetUserLogins\" l JOIN identity.\"AspNetUsers\" u ON u.id = l.user_id WHERE u.email = @email", connection);
        command.Parameters.AddWithValue("email", email);
        var providers = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            providers.Add(reader.GetString(0));
        }

        return providers;
    }

    private async Task<string> CodeMailedToAsync(string email)
    {
        var mails = await Mailbox.WaitForAsync(Platform.DataFolder, email, "Je code om in te loggen");
        return SixDigits().Match(mails[^1].TextBody ?? "").Value;
    }

    private static string RequestId(BrowserPage page) => RequestIdField().Match(page.Body).Groups[1].Value;

    private static string Other(string code) => code == "000000" ? "111111" : "000000";

    private static System.Collections.Specialized.NameValueCollection Query(Uri uri) => System.Web.HttpUtility.ParseQueryString(uri.Query);

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();

    [GeneratedRegex("name=\"requestId\" value=\"([^\"]+)\"")]
    private static partial Regex RequestIdField();
}
