using System.Net;

namespace Minor.Platform.TestSupport;

/// <summary>New students' accounts, activated the way a student does it: the mailed link, the form, a password.</summary>
public static class Accounts
{
    public const string ActivatedPassword = "Wijkkracht2026";

    public static async Task ActivateAsync(Uri baseAddress, Uri link, string password)
    {
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        var form = await browser.GetStringAsync(link.PathAndQuery);
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        using var activated = await browser.PostAsync("/account/activate", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["user"] = query["user"]!, ["Token"] = query["token"]!, ["Password"] = password, ["ConfirmPassword"] = password,
            ["__RequestVerificationToken"] = Forms.AntiforgeryToken(form),
        }));
        if (activated.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Activating with {link} answered {(int)activated.StatusCode}: {await activated.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>A client that signs in through the login form and keeps the cookie, the way a browser reads pages.</summary>
    public static async Task<HttpClient> BrowserAsync(Uri baseAddress, string email, string password = DemoAccounts.Password)
    {
        var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = baseAddress };
        var token = Forms.AntiforgeryToken(await browser.GetStringAsync("/account/login"));
        using var signedIn = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = password, ["__RequestVerificationToken"] = token,
        }));
        signedIn.EnsureSuccessStatusCode();
        return browser;
    }
}
