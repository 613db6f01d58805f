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
}
