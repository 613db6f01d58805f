using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minor.Platform.TestSupport;

namespace Minor.Platform.IntegrationTests.Host;

/// <summary>
/// The README's first command, as a new user runs it: no connection string, so SQLite files, Hangfire in memory and
/// seeded demo accounts. Runs the built host as its own process, exactly as `dotnet run` does.
/// </summary>
public sealed class EmbeddedDefaultSmokeTests
{
    [Fact]
    public async Task Start_InProductionWithTheEmbeddedDefaultsAndDemoAccounts_IsRefused()
    {
        var (exitCode, output) = await PlatformProcess.RunToExitAsync(
            new Dictionary<string, string> { ["ConnectionStrings__Default"] = "", ["Platform__DemoData"] = "true" },
            "--environment", "Production");

        exitCode.ShouldNotBe(0);
        output.ShouldContain("Refusing to start in Production");
        output.ShouldContain("Platform:DemoData must be false");
        output.ShouldContain("ConnectionStrings:Default must point to PostgreSQL");
    }

    [Fact]
    public async Task SignIn_TooOftenFromOneAddress_Is429WithRetryAfter()
    {
        var dataFolder = Directory.CreateTempSubdirectory("minor-limit-").FullName;
        try
        {
            await using var host = await PlatformProcess.StartAsync(new Dictionary<string, string>
            {
                ["ConnectionStrings__Default"] = "",
                ["Platform__DataFolder"] = dataFolder,
                ["Platform__RateLimit__SignInPerMinute"] = "3",
            });
            using var client = host.CreateClient();
            var statuses = new List<HttpStatusCode>();
            for (var attempt = 0; attempt < 4; attempt++)
            {
                using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["grant_type"] = "password", ["client_id"] = "minor-cli", ["username"] = "docent@zuid.demo", ["password"] = $"guess{attempt}",
                }));
                statuses.Add(response.StatusCode);
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    response.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(60));
                }
            }

            using var page = await client.GetAsync("/account/login");

            statuses.ShouldBe([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests]);
            page.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
            (await page.Content.ReadAsStringAsync()).ShouldContain("Te veel pogingen");
        }
        finally
        {
            Directory.Delete(dataFolder, recursive: true);
        }
    }

    [Fact]
    public async Task Start_WithoutConnectionString_ServesTheCurriculumAndIsReady()
    {
        var dataFolder = Directory.CreateTempSubdirectory("minor-embedded-").FullName;
        try
        {
            await using var host = await PlatformProcess.StartAsync(new Dictionary<string, string>
            {
                ["ConnectionStrings__Default"] = "",
                ["Platform__DataFolder"] = dataFolder,
            });
            using var client = host.CreateClient();

            var home = await client.GetStringAsync("/");
            home.ShouldContain("Minor Samenlevingsopbouw");
            var modules = await client.GetFromJsonAsync<JsonElement>("/api/v1/curriculum/modules");
            modules.GetArrayLength().ShouldBe(5);
            Directory.GetFiles(dataFolder, "*.db").Length.ShouldBe(7, "one SQLite file per module");

            using var token = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "password", ["client_id"] = "minor-cli", ["username"] = "coordinator@zuid.demo", ["password"] = "Demo!2025",
            }));
            token.StatusCode.ShouldBe(HttpStatusCode.OK);
            host.Output.ShouldContain("coordinator@zuid.demo");

            // The demo's toetsplannen from DOMAIN.md: M2 published with its two assessments, M3 a draft to finish.
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
                "Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString());
            var cohortId = (await client.GetFromJsonAsync<JsonElement>("/api/v1/cohorts"))[0].GetProperty("id").GetGuid();
            var m2 = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cohorts/{cohortId}/modules/M2/assessment-plan");
            m2.GetProperty("status").GetString().ShouldBe("published");
            m2.GetProperty("assessments").EnumerateArray().Select(a => a.GetProperty("title").GetString()).ShouldBe(["Wijkanalyse-rapport", "Bewonerspresentatie"]);
            var m3 = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cohorts/{cohortId}/modules/M3/assessment-plan");
            m3.GetProperty("status").GetString().ShouldBe("draft");
            m3.GetProperty("assessments").GetArrayLength().ShouldBe(3);
        }
        finally
        {
            Directory.Delete(dataFolder, recursive: true);
        }
    }

    [Fact]
    public async Task Start_OnEmbeddedFilesOfAnOlderVersion_SetsThemAsideAndMakesThemAnew()
    {
        var dataFolder = Directory.CreateTempSubdirectory("minor-upgrade-").FullName;
        var environment = new Dictionary<string, string> { ["ConnectionStrings__Default"] = "", ["Platform__DataFolder"] = dataFolder };
        try
        {
            await using (await PlatformProcess.StartAsync(environment))
            {
            }

            // An older version: its tracks table lacks a column this version reads, and its file carries another stamp.
            await using (var tracks = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(dataFolder, "tracks.db")};Pooling=false"))
            {
                await tracks.OpenAsync();
                await using var older = tracks.CreateCommand();
                older.CommandText = "UPDATE __model_stamp SET stamp = 'older'; ALTER TABLE tracks DROP COLUMN definition;";
                await older.ExecuteNonQueryAsync();
            }

            await using var host = await PlatformProcess.StartAsync(environment);
            using var client = host.CreateClient();

            (await client.GetFromJsonAsync<JsonElement>("/api/v1/tracks")).GetArrayLength().ShouldBeGreaterThan(0);
            host.Output.ShouldContain("made by an older version");
            Directory.GetFiles(dataFolder, "*.db").Length.ShouldBe(7);
            Directory.GetFiles(dataFolder, "*.db.*.bak").Length.ShouldBe(7, "every module's old file is kept");
        }
        finally
        {
            Directory.Delete(dataFolder, recursive: true);
        }
    }
}
