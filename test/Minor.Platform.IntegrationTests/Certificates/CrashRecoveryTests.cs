using System.IO.Compression;
using System.Net.Http.Json;
using System.Text.Json;
using Minor.Platform.TestSupport;
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
    private IsolatedPlatform? _isolated;

    public async Task InitializeAsync() => _isolated = await IsolatedPlatform.CreateAsync("minor_crash");

    public async Task DisposeAsync() => await _isolated!.DisposeAsync();

    [Fact]
    public async Task BulkIssue_KilledHalfwayAndRestarted_LeavesEveryCertificateOnceAndValid()
    {
        const int expected = Students * CertificatesPerStudent;
        Guid jobId;
        long issuedAtKill;
        await using (var first = await PlatformProcess.StartAsync(Environment()))
        {
            var cohortId = await CohortBuilder.AdmitAndPassAsync(first.BaseAddress, "noord", Students);

            // Let the certificates the results earned be drawn, then lose them all: the bulk issue must make them again.
            await WaitForAsync(async () => await CountAsync("status = 'Issued'") == expected, "the first renders");
            await Database.ScalarAsync("DELETE FROM certificates.certificates");

            using var coordinator = await CohortBuilder.SignedInAsync(first.BaseAddress, DemoAccounts.Coordinator("noord"));
            using var started = await coordinator.PostAsync($"/api/v1/cohorts/{cohortId}/certificates/issue", null);
            jobId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetGuid();
            await WaitForAsync(async () => await CountAsync("status = 'Issued'") >= expected / 5, "a fifth of the bulk issue", pollMilliseconds: 20);
            await first.KillAsync();
            issuedAtKill = await CountAsync("status = 'Issued'");
        }

        issuedAtKill.ShouldBeLessThan(expected, "the process must die in the middle of the run");

        await using var second = await PlatformProcess.StartAsync(Environment());
        using var again = await CohortBuilder.SignedInAsync(second.BaseAddress, DemoAccounts.Coordinator("noord"));
        var progress = await Eventually.UntilAsync(
            () => again.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{jobId}"),
            p => p.GetProperty("state").GetString() == "completed" && p.GetProperty("done").GetInt32() == expected,
            "the bulk issue to finish after the restart", TimeSpan.FromMinutes(2));
        progress.GetProperty("total").GetInt32().ShouldBe(expected);
        progress.GetProperty("failed").GetInt32().ShouldBe(0);
        (await CountAsync("true")).ShouldBe(expected);
        (await Database.ScalarAsync("SELECT count(*) FROM (SELECT DISTINCT student_id, kind, subject_key FROM certificates.certificates) s"))
            .ShouldBe(expected);

        using var zipResponse = await again.GetAsync($"/api/v1/jobs/{jobId}/zip");
        using var zip = new ZipArchive(await zipResponse.Content.ReadAsStreamAsync());
        zip.Entries.Count.ShouldBe(Students, "one PDF per student");
        var codes = new List<string>();
        foreach (var entry in zip.Entries)
        {
            using var buffer = new MemoryStream();
            await using (var stream = entry.Open())
            {
                await stream.CopyToAsync(buffer);
            }

            var pdf = buffer.ToArray();
            using var document = PdfDocument.Open(pdf);
            document.NumberOfPages.ShouldBe(CertificatesPerStudent, entry.Name);
            codes.AddRange(document.GetPages().Select(p => string.Concat(p.GetWords().Select(w => w.Text))));
            var check = await Qpdf.CheckAsync(pdf);
            check.Ok.ShouldBeTrue($"{entry.Name}: {check.Output}");
        }

        var issued = await Database.ListAsync("SELECT verification_code FROM certificates.certificates");
        issued.Count.ShouldBe(expected);
        issued.ShouldAllBe(code => codes.Any(page => page.Contains(code)));
    }

    private Dictionary<string, string> Environment() => _isolated!.Environment(("Platform__Hangfire__InvisibilityTimeout", "00:00:05"));

    private TestDatabase Database => _isolated!.Database;

    private Task<long> CountAsync(string condition) =>
        Database.ScalarAsync($"SELECT count(*) FROM certificates.certificates WHERE {condition}");

    private static Task WaitForAsync(Func<Task<bool>> condition, string what, int pollMilliseconds = 200) =>
        Eventually.UntilAsync(condition, done => done, what, TimeSpan.FromMinutes(2), pollMilliseconds);
}
