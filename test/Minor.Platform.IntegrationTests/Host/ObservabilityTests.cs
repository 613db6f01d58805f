using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minor.Platform.IntegrationTests.Intake;
using Minor.Platform.TestSupport;

namespace Minor.Platform.IntegrationTests.Host;

/// <summary>
/// Structured logs and metrics of the running host: one JSON object per log line when asked for (the Production
/// default), and Prometheus metrics for requests and Hangfire jobs at /metrics, for a scraper on the host only.
/// </summary>
public sealed class ObservabilityTests
{
    [Fact]
    public async Task Host_LogsJsonLines_AndServesRequestAndJobMetricsToLoopbackOnly()
    {
        var dataFolder = Directory.CreateTempSubdirectory("minor-observe-").FullName;
        try
        {
            await using var host = await PlatformProcess.StartAsync(new Dictionary<string, string>
            {
                ["ConnectionStrings__Default"] = "",
                ["Platform__DataFolder"] = dataFolder,
                ["Platform__Logging__Json"] = "true",
                ["Logging__LogLevel__Default"] = "Information",
            });
            using var anonymous = host.CreateClient();
            using var created = await anonymous.PostAsJsonAsync("/api/v1/intake/applications", IntakeApiTests.ValidApplication("metrics@example.nl", "midden", "REG"));
            var applicationId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            using var coordinator = await CohortBuilder.SignedInAsync(host.BaseAddress, DemoAccounts.Coordinator("midden"));
            var cohortId = (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/cohorts"))[0].GetProperty("id").GetGuid();
            (await coordinator.PostAsJsonAsync($"/api/v1/intake/applications/{applicationId}/admit", new { cohortId })).EnsureSuccessStatusCode();
            await Mailbox.ActivationLinkAsync(dataFolder, "metrics@example.nl");

            var metrics = await Eventually.UntilAsync(() => anonymous.GetStringAsync("/metrics"),
                text => text.Contains("minor_jobs_duration_seconds_count{", StringComparison.Ordinal), "the job metrics");
            using var forwarded = new HttpRequestMessage(HttpMethod.Get, "/metrics");
            forwarded.Headers.Add("X-Forwarded-For", "203.0.113.7");
            using var fromOutside = await anonymous.SendAsync(forwarded);

            metrics.ShouldContain("http_server_request_duration_seconds_count{");
            metrics.ShouldContain("job=\"ActivationMailJob\"");
            metrics.ShouldContain("outcome=\"succeeded\"");
            fromOutside.StatusCode.ShouldBe(HttpStatusCode.NotFound, "a request from outside the host, through the proxy, gets no metrics");
            var lines = host.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var logs = lines.Where(l => l.StartsWith('{')).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            logs.ShouldContain(l => l.GetProperty("@m").GetString()!.Contains("Now listening on"));
            logs.Count(l => l.TryGetProperty("@t", out var _)).ShouldBe(logs.Count);
            lines.ShouldNotContain(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\[\d\d:\d\d:\d\d [A-Z]{3}\]"));
        }
        finally
        {
            Directory.Delete(dataFolder, recursive: true);
        }
    }
}
