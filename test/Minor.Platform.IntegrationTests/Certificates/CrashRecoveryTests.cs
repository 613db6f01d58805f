using System.IO.Compression;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Minor.Platform.IntegrationTests.Intake;
using Minor.Platform.TestSupport;
using Npgsql;
using UglyToad.PdfPig;

namespace Minor.Platform.IntegrationTests.Certificates;

/// <summary>
/// A bulk issue is cut short by killing the platform's process (SIGKILL, mid-render), and the platform is started
/// again on the same database and files: every certificate then exists exactly once and every PDF is whole and valid.
/// Runs in the platform collection so it does not compete with other tests for the two cores.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class CrashRecoveryTests : IAsyncLifetime
{
    private const int Students = 24;
    private const int CertificatesPerStudent = 6; // five modules and the minor
    private readonly string _database = $"minor_crash_{Guid.NewGuid():N}"[..28];
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("minor-crash-").FullName;
    private string _connectionString = "";

    public async Task InitializeAsync()
    {
        _connectionString = new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresConnectionString) { Database = _database }.ConnectionString;
        await AdminAsync($"CREATE DATABASE \"{_database}\"");
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await AdminAsync($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)");
        Directory.Delete(_dataFolder, recursive: true);
    }

    [Fact]
    public async Task BulkIssue_KilledHalfwayAndRestarted_LeavesEveryCertificateOnceAndValid()
    {
        const int expected = Students * CertificatesPerStudent;
        Guid jobId;
        int issuedAtKill;
        await using (var first = await PlatformProcess.StartAsync(Environment()))
        {
            using var coordinator = await SignedInAsync(first, DemoAccounts.Coordinator("noord"));
            using var lecturer = await SignedInAsync(first, DemoAccounts.Lecturer("noord"));
            var cohortId = (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/cohorts"))[0].GetProperty("id").GetGuid();
            using var anonymous = first.CreateClient();
            for (var i = 0; i < Students; i++)
            {
                var created = await anonymous.PostAsJsonAsync("/api/v1/intake/applications",
                    IntakeApiTests.ValidApplication($"student{i}@example.nl", "noord", "REG"));
                var applicationId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
                var admitted = await coordinator.PostAsJsonAsync($"/api/v1/intake/applications/{applicationId}/admit", new { cohortId });
                var studentId = (await admitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("studentId").GetGuid();
                foreach (var module in new[] { "M1", "M2", "M3", "M4", "M5" })
                {
                    (await lecturer.PostAsJsonAsync($"/api/v1/cohorts/{cohortId}/modules/{module}/results", new { studentId, grade = 7.0m }))
                        .EnsureSuccessStatusCode();
                }
            }

            // Let the certificates the results earned be drawn, then lose them all: the bulk issue must make them again.
            await WaitForAsync(async () => await CountAsync("status = 'Issued'") == expected, "the first renders");
            await ScalarAsync("DELETE FROM certificates.certificates");

            using var started = await coordinator.PostAsync($"/api/v1/cohorts/{cohortId}/certificates/issue", null);
            jobId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetGuid();
            await WaitForAsync(async () => await CountAsync("status = 'Issued'") >= expected / 5, "a fifth of the bulk issue", pollMilliseconds: 20);
            await first.KillAsync();
            issuedAtKill = await CountAsync("status = 'Issued'");
        }

        issuedAtKill.ShouldBeLessThan(expected, "the process must die in the middle of the run");

        await using var second = await PlatformProcess.StartAsync(Environment());
        using var again = await SignedInAsync(second, DemoAccounts.Coordinator("noord"));
        var progress = await WaitForAsync(
            () => again.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{jobId}"),
            p => p.GetProperty("state").GetString() == "completed" && p.GetProperty("done").GetInt32() == expected,
            "the bulk issue to finish after the restart");
        progress.GetProperty("total").GetInt32().ShouldBe(expected);
        progress.GetProperty("failed").GetInt32().ShouldBe(0);
        (await CountAsync("true")).ShouldBe(expected);
        (await ScalarAsync("SELECT count(*) FROM (SELECT DISTINCT student_id, kind, subject_key FROM certificates.certificates) s")).ShouldBe((long)expected);

        using var zipResponse = await again.GetAsync($"/api/v1/jobs/{jobId}/zip");
        using var zip = new ZipArchive(await zipResponse.Content.ReadAsStreamAsync());
        zip.Entries.Count.ShouldBe(expected);
        foreach (var entry in zip.Entries)
        {
            using var buffer = new MemoryStream();
            await using (var stream = entry.Open())
            {
                await stream.CopyToAsync(buffer);
            }

            var pdf = buffer.ToArray();
            using var document = PdfDocument.Open(pdf);
            string.Concat(document.GetPage(1).GetWords().Select(w => w.Text)).ShouldContain(entry.Name[..^4].Split(" - ")[2]);
            var check = await Qpdf.CheckAsync(pdf);
            check.Ok.ShouldBeTrue($"{entry.Name}: {check.Output}");
        }
    }

    private Dictionary<string, string> Environment() => new()
    {
        ["ConnectionStrings__Default"] = _connectionString,
        ["Platform__DataFolder"] = _dataFolder,
        ["Platform__DemoData"] = "true",
        ["Platform__Hangfire__InvisibilityTimeout"] = "00:00:05",
        ["Logging__LogLevel__Default"] = "Warning",
    };

    private static async Task<HttpClient> SignedInAsync(PlatformProcess host, string email)
    {
        var client = host.CreateClient();
        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "minor-cli", ["username"] = email, ["password"] = DemoAccounts.Password,
        }));
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<int> CountAsync(string condition) =>
        (int)await ScalarAsync($"SELECT count(*) FROM certificates.certificates WHERE {condition}");

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync() is long value ? value : 0;
    }

    private static async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.PostgresConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition, string what, int pollMilliseconds = 200) =>
        await WaitForAsync(condition, done => done, what, pollMilliseconds);

    private static async Task<T> WaitForAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what, int pollMilliseconds = 200)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what}; last value: {value}");
            }

            await Task.Delay(pollMilliseconds);
        }
    }
}
