using System.Net;
using Minor.Platform.TestSupport;

namespace Minor.Platform.IntegrationTests.Host;

/// <summary>
/// PostgreSQL restarted under load: while it is away the platform says so on /health/ready (503, so a proxy sends
/// nobody there) and API calls get 503 with Retry-After instead of a 500, and afterwards it recovers by itself, without
/// a restart of its own.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class DatabaseOutageTests
{
    [Fact]
    public async Task PostgresRestart_UnderLoad_Is503Meanwhile_AndRecoversByItself()
    {
        await using var postgres = await PrivatePostgres.StartAsync();
        await postgres.CreateDatabaseAsync("minor");
        var dataFolder = Directory.CreateTempSubdirectory("minor-outage-").FullName;
        try
        {
            await using var host = await PlatformProcess.StartAsync(new Dictionary<string, string>
            {
                ["ConnectionStrings__Default"] = postgres.ConnectionString("minor"),
                ["Platform__DataFolder"] = dataFolder,
                ["Platform__DemoData"] = "true",
                ["Platform__Seed__DemoApplications"] = "false",
                ["Logging__LogLevel__Default"] = "Critical",
            });
            using var client = host.CreateClient();
            client.Timeout = TimeSpan.FromSeconds(20);
            using var stop = new CancellationTokenSource();
            var load = Task.Run(async () =>
            {
                var answers = new List<HttpStatusCode>();
                while (!stop.IsCancellationRequested)
                {
                    try
                    {
                        using var response = await client.GetAsync("/api/v1/tracks");
                        answers.Add(response.StatusCode);
                    }
                    catch (HttpRequestException)
                    {
                        answers.Add(0);
                    }
                }

                return answers;
            });

            (await client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
            await postgres.StopAsync();
            await Eventually.UntilAsync(() => ReadyAsync(client), status => status == HttpStatusCode.ServiceUnavailable, "/health/ready to say 503");
            await postgres.StartAgainAsync();
            await Eventually.UntilAsync(() => ReadyAsync(client), status => status == HttpStatusCode.OK, "/health/ready to recover", TimeSpan.FromSeconds(60));
            using var after = await client.GetAsync("/api/v1/tracks");
            after.StatusCode.ShouldBe(HttpStatusCode.OK);
            await stop.CancelAsync();
            var answers = await load;
            answers.ShouldContain(HttpStatusCode.OK);
            answers.ShouldContain(HttpStatusCode.ServiceUnavailable);
            answers.ShouldAllBe(status => status == HttpStatusCode.OK || status == HttpStatusCode.ServiceUnavailable,
                "an API call while the database is away is told to try again (503), never a bare 500");
        }
        finally
        {
            Directory.Delete(dataFolder, recursive: true);
        }
    }

    private static async Task<HttpStatusCode> ReadyAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/health/ready");
        return response.StatusCode;
    }
}
