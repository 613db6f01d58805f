using System.Net;
using System.Text.RegularExpressions;

namespace Minor.Platform.TestSupport;

/// <summary>A page as the browser ended on it.</summary>
public sealed record BrowserPage(Uri Address, HttpStatusCode Status, string Body);

/// <summary>
/// A browser without JavaScript for sign-ins through a test provider: it follows redirects by hand and keeps cookies,
/// so a test can stop at the provider's answer (the platform's callback address) and change or replay it.
/// </summary>
public sealed partial class FederatedBrowser : IDisposable
{
    private HttpClient _client;

    public FederatedBrowser(Uri platform)
    {
        Platform = platform;
        Cookies = new CookieContainer();
        _client = NewClient(Cookies);
    }

    public Uri Platform { get; }

    /// <summary>The cookie jar; replace it to go on with another browser's cookies.</summary>
    public CookieContainer Cookies { get; private set; }

    public void UseCookies(CookieContainer cookies)
    {
        _client.Dispose();
        Cookies = cookies;
        _client = NewClient(cookies);
    }

    /// <summary>A copy of the jar as it is now.</summary>
    public CookieContainer CopyCookies()
    {
        var copy = new CookieContainer();
        foreach (Cookie cookie in Cookies.GetAllCookies())
        {
            copy.Add(new Cookie(cookie.Name, cookie.Value, cookie.Path, cookie.Domain));
        }

        return copy;
    }

    /// <summary>
    /// Starts at <c>/account/login/{provider}</c>, signs in at the provider as <paramref name="email"/>, and returns the
    /// provider's answer: the platform's callback address with code and state, not yet visited.
    /// </summary>
    public async Task<Uri> SignInAtProviderAsync(string provider, string email, string? start = null)
    {
        var form = await GoAsync(new Uri(Platform, start ?? $"/account/login/{provider}"));
        if (!form.Body.Contains("name=\"password\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Expected the provider's login form at {form.Address}, got {(int)form.Status}: {form.Body}");
        }

        var action = new Uri(form.Address, WebUtility.HtmlDecode(FormAction().Match(form.Body).Groups[1].Value));
        var answer = await GoAsync(action, new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = email, ["password"] = "test" }),
            stopAt: uri => uri.AbsolutePath == $"/signin-{provider}");
        return answer.Address;
    }

    /// <summary>The whole sign-in: provider, callback and the platform's own pages, to the page it ends on.</summary>
    public async Task<BrowserPage> SignInAsync(string provider, string email, string? start = null) =>
        await GoAsync(await SignInAtProviderAsync(provider, email, start));

    /// <summary>Requests <paramref name="address"/> (a POST when there is content) and follows redirects, or stops before one that <paramref name="stopAt"/> picks.</summary>
    public async Task<BrowserPage> GoAsync(Uri address, HttpContent? content = null, Func<Uri, bool>? stopAt = null)
    {
        for (var hops = 0; hops < 20; hops++)
        {
            if (stopAt?.Invoke(address) == true)
            {
                return new BrowserPage(address, HttpStatusCode.Redirect, "");
            }

            using var response = content is null ? await _client.GetAsync(address) : await _client.PostAsync(address, content);
            content = null;
            if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.Found or HttpStatusCode.RedirectKeepVerb)
            {
                address = new Uri(address, response.Headers.Location!);
                continue;
            }

            return new BrowserPage(address, response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        throw new InvalidOperationException($"Too many redirects, last at {address}");
    }

    /// <summary>Posts a Razor form of the page it is on, with the page's antiforgery token.</summary>
    public Task<BrowserPage> PostFormAsync(BrowserPage page, string handler, IDictionary<string, string> fields)
    {
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = Forms.AntiforgeryToken(page.Body) };
        var path = page.Address.AbsolutePath + "?handler=" + handler;
        return GoAsync(new Uri(page.Address, path), new FormUrlEncodedContent(values));
    }

    public void Dispose() => _client.Dispose();

    private static HttpClient NewClient(CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false, UseCookies = true });

    [GeneratedRegex("<form[^>]*action=\"([^\"]+)\"")]
    private static partial Regex FormAction();
}
