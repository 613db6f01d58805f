using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Minor.Platform.TestSupport;

namespace Minor.Platform.IntegrationTests;

/// <summary>Base for tests against the running platform: fresh demo data before each test, and API clients per role.</summary>
[Collection(PlatformCollection.Name)]
public abstract class PlatformTest(PlatformFactory platform) : IAsyncLifetime
{
    protected static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    protected PlatformFactory Platform { get; } = platform;

    public Task InitializeAsync() => Platform.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    protected HttpClient Anonymous() => Platform.CreateAnonymousClient();

    /// <summary>An API client with a bearer token from the password grant of the public client minor-cli.</summary>
    protected async Task<HttpClient> SignedInAsync(string email)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(email));
        return client;
    }

    /// <summary>A client that signs in through the login form and keeps the cookie, the way a browser reads pages.</summary>
    protected Task<HttpClient> BrowserAsync(string email, string password = DemoAccounts.Password) => Accounts.BrowserAsync(Platform.BaseAddress, email, password);

    protected async Task<string> TokenAsync(string email, string password = DemoAccounts.Password)
    {
        using var anonymous = Anonymous();
        var response = await anonymous.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "minor-cli",
            ["username"] = email,
            ["password"] = password,
            ["scope"] = "api roles",
        }));
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(body);
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    protected static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    protected async Task<Guid> MyIdAsync(string email)
    {
        using var client = await SignedInAsync(email);
        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me");
        return Guid.Parse(me.GetProperty("id").GetString()!);
    }

    protected async Task<Guid> CohortOfAsync(string institution)
    {
        using var coordinator = await SignedInAsync(DemoAccounts.Coordinator(institution));
        var cohorts = await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/cohorts");
        return cohorts.EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).First();
    }

    /// <summary>
    /// The institution's demo lecturer (also an examiner) grades the demo student on the module's plan and publishes,
    /// so that the module result is computed; returns the student's id.
    /// </summary>
    protected async Task<Guid> PublishResultAsync(string institution, string module, decimal grade)
    {
        var cohortId = await CohortOfAsync(institution);
        var studentId = await MyIdAsync(DemoAccounts.Student(institution));
        using var lecturer = await SignedInAsync(DemoAccounts.Lecturer(institution));
        await ModuleGrades.PublishAsync(lecturer, cohortId, module, studentId, grade);
        return studentId;
    }

    /// <summary>Waits until the student's certificate for the title is issued and returns it.</summary>
    protected static Task<JsonElement> IssuedCertificateAsync(HttpClient student, string titleStart) =>
        EventuallyAsync(
            async () => (await student.GetFromJsonAsync<JsonElement>("/api/v1/me/certificates")).EnumerateArray()
                .FirstOrDefault(c => c.GetProperty("title").GetString()!.StartsWith(titleStart, StringComparison.Ordinal)),
            c => c.ValueKind == JsonValueKind.Object && c.GetProperty("status").GetString() == "issued",
            $"the certificate '{titleStart}' to be issued");

    /// <summary>Changes the database behind the platform's back, to stage a lost event or a crashed job.</summary>
    protected async Task ExecuteSqlAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(Platform.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>One number from the database, e.g. a count, read behind the platform's back.</summary>
    protected Task<long> ScalarAsync(string sql) => TestDatabase.ScalarAsync(Platform.ConnectionString, sql);

    /// <summary>The antiforgery token a Razor form carries, for posting it the way a browser would.</summary>
    protected static string AntiforgeryToken(string html) => Forms.AntiforgeryToken(html);

    public const string ActivatedPassword = Accounts.ActivatedPassword;

    /// <summary>The activation link in the newest mail to <paramref name="email"/>, once the job has sent it.</summary>
    protected Task<string> ActivationLinkAsync(string email) => Mailbox.ActivationLinkAsync(Platform.DataFolder, email);

    /// <summary>Activates the account as its student would (the mail's link, the form) and returns an API client signed in as them.</summary>
    protected async Task<HttpClient> ActivateAsync(string email)
    {
        await Accounts.ActivateAsync(Platform.BaseAddress, new Uri(await ActivationLinkAsync(email)), ActivatedPassword);
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(email, ActivatedPassword));
        return client;
    }

    protected static Task<T> EventuallyAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what) =>
        Eventually.UntilAsync(probe, done, what);
}
