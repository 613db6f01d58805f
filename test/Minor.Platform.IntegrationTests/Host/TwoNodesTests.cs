using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minor.Platform.TestSupport;

namespace Minor.Platform.IntegrationTests.Host;

/// <summary>
/// Two platform processes on their own loopback ports against one PostgreSQL and one shared data folder, as two nodes
/// behind a proxy: a sign-in on one holds on the other, a bulk issue spreads over both Hangfire servers and issues
/// every certificate once, and a recurring job runs once per schedule, not once per node.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class TwoNodesTests : IAsyncLifetime
{
    private const int Students = 6;
    private IsolatedPlatform? _isolated;

    public async Task InitializeAsync() => _isolated = await IsolatedPlatform.CreateAsync("minor_nodes");

    public async Task DisposeAsync() => await _isolated!.DisposeAsync();

    [Fact]
    public async Task TwoNodes_ShareSignIns_SpreadABulkIssue_AndRunARecurringJobOnce()
    {
        await using var first = await PlatformProcess.StartAsync(Environment());
        first.Output.ShouldNotContain(" ERR] ", Case.Sensitive, "the first start makes the database without logging an error");
        await using var second = await PlatformProcess.StartAsync(Environment());

        // A sign-in cookie made by the first node opens a page on the second.
        var cookies = new CookieContainer();
        using var onFirst = Browser(first, cookies);
        var form = await onFirst.GetStringAsync("/account/login");
        using var signedIn = await onFirst.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = DemoAccounts.Coordinator("noord"), ["Input.Password"] = DemoAccounts.Password,
            ["__RequestVerificationToken"] = Forms.AntiforgeryToken(form),
        }));
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        foreach (Cookie cookie in cookies.GetCookies(first.BaseAddress))
        {
            cookies.Add(second.BaseAddress, new Cookie(cookie.Name, cookie.Value, "/", second.BaseAddress.Host));
        }

        using var onSecond = Browser(second, cookies);
        using var page = await onSecond.GetAsync("/certificates");
        page.StatusCode.ShouldBe(HttpStatusCode.OK, "the second node reads the first node's sign-in cookie");
        (await Database.ScalarAsync("SELECT count(*) FROM identity.data_protection_keys")).ShouldBe(1, "one key ring, in the database, for both nodes");

        // A bulk issue started on the second node is worked by both nodes' Hangfire servers, each certificate once.
        var cohortId = await CohortBuilder.AdmitAndPassAsync(first.BaseAddress, "noord", Students);
        const int expected = Students * 6;
        await Eventually.UntilAsync(() => CountAsync("status = 'Issued'"), n => n == expected, "the certificates the results earned");
        await Database.ScalarAsync("DELETE FROM certificates.certificates");
        using var coordinator = await CohortBuilder.SignedInAsync(second.BaseAddress, DemoAccounts.Coordinator("noord"));
        using var started = await coordinator.PostAsync($"/api/v1/cohorts/{cohortId}/certificates/issue", null);
        var jobId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetGuid();
        var progress = await Eventually.UntilAsync(
            () => coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{jobId}"),
            p => p.GetProperty("state").GetString() == "completed" && p.GetProperty("done").GetInt32() == expected,
            "the bulk issue on two nodes", TimeSpan.FromMinutes(2));
        progress.GetProperty("failed").GetInt32().ShouldBe(0);
        (await CountAsync("true")).ShouldBe(expected);
        (await Database.ScalarAsync("SELECT count(DISTINCT data->>'ServerId') FROM hangfire.state WHERE name = 'Processing'"))
            .ShouldBe(2, "both nodes' Hangfire servers took jobs");

        // Reconciliation is scheduled every minute here; each minute's run is created once, whichever node fires it.
        var runs = await Eventually.UntilAsync(
            () => Database.ListAsync(
                "SELECT count(*) FROM hangfire.job WHERE invocationdata::text LIKE '%ReconcileCertificatesJob%' GROUP BY date_trunc('minute', createdat)"),
            minutes => minutes.Count > 0, "a scheduled reconciliation", TimeSpan.FromSeconds(90));
        runs.ShouldAllBe(count => count == "1");
    }

    private static HttpClient Browser(PlatformProcess node, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = node.BaseAddress };

    private Task<long> CountAsync(string condition) =>
        Database.ScalarAsync($"SELECT count(*) FROM certificates.certificates WHERE {condition}");

    private Dictionary<string, string> Environment() => _isolated!.Environment(("Platform__ReconcileCron", "* * * * *"));

    private TestDatabase Database => _isolated!.Database;
}
