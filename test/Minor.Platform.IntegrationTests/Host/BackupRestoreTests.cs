using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Minor.Platform.TestSupport;
using Npgsql;

namespace Minor.Platform.IntegrationTests.Host;

/// <summary>
/// etc/backup.sh and etc/restore.sh as an operator runs them: a platform with a cohort and its certificates is backed
/// up, restored into a fresh database and data folder, and a platform started on those serves the same people and
/// the same, unchanged certificate files.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class BackupRestoreTests
{
    [Fact]
    public async Task Backup_RestoredIntoAFreshDatabase_IsServedByThePlatform()
    {
        var backup = Path.Combine(Directory.CreateTempSubdirectory("minor-backup-").FullName, "nightly");
        await using var source = await IsolatedPlatform.CreateAsync("minor_backup");
        await using var target = await IsolatedPlatform.CreateAsync("minor_restored");
        try
        {
            Guid student;
            JsonElement certificate;
            await using (var before = await PlatformProcess.StartAsync(source.Environment()))
            {
                await CohortBuilder.AdmitAndPassAsync(before.BaseAddress, "zuid", 1);
                using var coordinator = await CohortBuilder.SignedInAsync(before.BaseAddress, DemoAccounts.Coordinator("zuid"));
                student = (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/intake/applications"))[0].GetProperty("studentId").GetGuid();
                certificate = await Eventually.UntilAsync(
                    async () => (await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/students/{student}/certificates")).EnumerateArray()
                        .FirstOrDefault(c => c.GetProperty("status").GetString() == "issued"),
                    c => c.ValueKind == JsonValueKind.Object, "an issued certificate");
                await RunAsync("backup.sh", Uri(source.Database), source.DataFolder, backup);
            }

            await RunAsync("restore.sh", backup, Uri(target.Database), target.DataFolder);

            await using var after = await PlatformProcess.StartAsync(target.Environment());
            using var again = await CohortBuilder.SignedInAsync(after.BaseAddress, DemoAccounts.Coordinator("zuid"));
            var applications = await again.GetFromJsonAsync<JsonElement>("/api/v1/intake/applications");
            applications[0].GetProperty("studentId").GetGuid().ShouldBe(student);
            var pdf = await again.GetByteArrayAsync($"/api/v1/certificates/{certificate.GetProperty("id").GetGuid()}/pdf");
            using var anonymous = after.CreateClient();
            var verified = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/verify/{certificate.GetProperty("verificationCode").GetString()}");
            Convert.ToHexStringLower(SHA256.HashData(pdf)).ShouldBe(verified.GetProperty("sha256").GetString());
            (await anonymous.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(backup)!, recursive: true);
        }
    }

    private static string Uri(TestDatabase database)
    {
        var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        return $"postgresql://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}";
    }

    private static async Task RunAsync(string script, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo("bash", [Path.Combine(PlatformProcess.RepositoryRoot(), "etc", script), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.ShouldBe(0, output);
    }
}
