using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Minor.Platform.TestSupport;

namespace Minor.Platform.IntegrationTests.Identity;

public sealed class OpenIdConnectTests(PlatformFactory platform) : PlatformTest(platform)
{
    [Fact]
    public async Task Discovery_Anonymous_NamesTheTokenAndAuthorizationEndpoints()
    {
        using var client = Anonymous();

        var discovery = await client.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");

        discovery.GetProperty("token_endpoint").GetString()!.ShouldEndWith("/connect/token");
        discovery.GetProperty("authorization_endpoint").GetString()!.ShouldEndWith("/connect/authorize");
        var grants = discovery.GetProperty("grant_types_supported").EnumerateArray().Select(g => g.GetString()).ToList();
        grants.ShouldContain("password");
        grants.ShouldContain("client_credentials");
        grants.ShouldContain("authorization_code");
        discovery.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(m => m.GetString()).ShouldContain("S256");
    }

    [Fact]
    public async Task PasswordGrant_DemoStudent_TokenReadsMe()
    {
        using var client = await SignedInAsync(DemoAccounts.Student("noord"));

        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me");

        me.GetProperty("email").GetString().ShouldBe("student@noord.demo");
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["Student"]);
        me.GetProperty("institutionCode").GetString().ShouldBe("noord");
        Guid.TryParse(me.GetProperty("id").GetString(), out _).ShouldBeTrue();
    }

    [Fact]
    public async Task PasswordGrant_WrongPassword_IsRefusedWithoutSayingWhichPartWasWrong()
    {
        using var client = Anonymous();

        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "minor-cli", ["username"] = "docent@zuid.demo", ["password"] = "wrong",
        }));
        using var unknown = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "minor-cli", ["username"] = "nobody@zuid.demo", ["password"] = "wrong",
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var error = await ReadJsonAsync(response);
        error.GetProperty("error").GetString().ShouldBe("invalid_grant");
        (await ReadJsonAsync(unknown)).GetProperty("error_description").GetString()
            .ShouldBe(error.GetProperty("error_description").GetString());
    }

    [Fact]
    public async Task ClientCredentials_SwnReporting_GetsTheNationalAnalystRole()
    {
        using var client = Anonymous();
        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "swn-reporting", ["client_secret"] = "swn-demo-secret", ["scope"] = "api",
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var token = (await ReadJsonAsync(response)).GetProperty("access_token").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me");

        me.GetProperty("id").GetString().ShouldBe("swn-reporting");
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["NationalAnalyst"]);
        using var applications = await client.GetAsync("/api/v1/intake/applications");
        applications.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ClientCredentials_WrongSecret_IsRefused()
    {
        using var client = Anonymous();

        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "swn-reporting", ["client_secret"] = "guess",
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await ReadJsonAsync(response)).GetProperty("error").GetString().ShouldBe("invalid_client");
    }

    [Fact]
    public async Task AuthorizationCodeWithPkce_SignInThroughTheLoginPage_YieldsAWorkingToken()
    {
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false })
        {
            BaseAddress = Platform.BaseAddress,
        };
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var authorize = QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = "minor-cli", ["response_type"] = "code", ["redirect_uri"] = "http://127.0.0.1/callback",
            ["scope"] = "openid api roles", ["state"] = "s1", ["code_challenge"] = challenge, ["code_challenge_method"] = "S256",
        });

        using var challenged = await browser.GetAsync(authorize);
        challenged.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var login = challenged.Headers.Location!;
        login.ToString().ShouldContain("/account/login");

        var form = await browser.GetStringAsync(login);
        var token = AntiforgeryToken(form);
        var returnUrl = QueryHelpers.ParseQuery(new Uri(Platform.BaseAddress, login).Query)["ReturnUrl"].ToString();
        using var signedIn = await browser.PostAsync(login, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = DemoAccounts.Lecturer("zuid"), ["Input.Password"] = DemoAccounts.Password,
            ["ReturnUrl"] = returnUrl, ["__RequestVerificationToken"] = token,
        }));
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var authorized = await browser.GetAsync(signedIn.Headers.Location);
        authorized.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var callback = authorized.Headers.Location!;
        callback.GetLeftPart(UriPartial.Path).ShouldBe("http://127.0.0.1/callback");
        var query = QueryHelpers.ParseQuery(callback.Query);
        query["state"].ToString().ShouldBe("s1");

        using var exchanged = await browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["client_id"] = "minor-cli", ["code"] = query["code"].ToString(),
            ["redirect_uri"] = "http://127.0.0.1/callback", ["code_verifier"] = verifier,
        }));
        var tokens = await ReadJsonAsync(exchanged);
        exchanged.StatusCode.ShouldBe(HttpStatusCode.OK, tokens.ToString());

        using var api = Anonymous();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("access_token").GetString());
        var me = await api.GetFromJsonAsync<JsonElement>("/api/v1/me");
        me.GetProperty("email").GetString().ShouldBe("docent@zuid.demo");
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["Examiner", "Lecturer"]);
    }

    [Fact]
    public async Task AuthorizationCode_WithoutPkce_IsRefused()
    {
        using var client = Anonymous();

        using var response = await client.GetAsync(
            "/connect/authorize?client_id=minor-cli&response_type=code&redirect_uri=http%3A%2F%2F127.0.0.1%2Fcallback&scope=openid");

        response.StatusCode.ShouldNotBe(HttpStatusCode.Redirect);
        (await response.Content.ReadAsStringAsync()).ShouldContain("code_challenge");
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
