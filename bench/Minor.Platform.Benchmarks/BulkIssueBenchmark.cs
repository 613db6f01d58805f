using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Minor.Platform.TestSupport;

namespace Minor.Platform.Benchmarks;

/// <summary>
/// End to end on PostgreSQL: a cohort whose students passed every module; all their certificates are lost and a
/// coordinator issues them again in bulk through Hangfire. Timed from the request to the last issued PDF, with the
/// web process's memory sampled throughout; then the same number of certificates printed from HTML by Chromium.
/// </summary>
public static class BulkIssueBenchmark
{
    public static async Task<int> RunAsync(int certificates)
    {
        var students = (int)Math.Ceiling(certificates / 6.0);
        var expected = students * 6;
        await using var isolated = await IsolatedPlatform.CreateAsync("minor_bench");
        var database = isolated.Database;
        await using var host = await PlatformProcess.StartAsync(isolated.Environment());

        var seeding = Stopwatch.StartNew();
        var cohortId = await CohortBuilder.AdmitAndPassAsync(host.BaseAddress, "noord", students);
        await Eventually.UntilAsync(() => database.ScalarAsync("SELECT count(*) FROM certificates.certificates WHERE status = 'Issued'"),
            n => n == expected, "the event-driven certificates", TimeSpan.FromMinutes(10), 500);
        seeding.Stop();
        await database.ScalarAsync("DELETE FROM certificates.certificates");

        using var coordinator = await CohortBuilder.SignedInAsync(host.BaseAddress, DemoAccounts.Coordinator("noord"));
        using var sampler = new MemorySampler();
        var bulk = Stopwatch.StartNew();
        using var started = await coordinator.PostAsync($"/api/v1/cohorts/{cohortId}/certificates/issue", null);
        var jobId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetGuid();
        var progress = await Eventually.UntilAsync(() => coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{jobId}"),
            p => p.GetProperty("state").GetString() == "completed", "the bulk issue", TimeSpan.FromMinutes(10), 100);
        bulk.Stop();
        var chromium = await ChromiumAsync(expected);

        Console.WriteLine();
        Console.WriteLine($"| measure ({expected} certificates, {students} students) | result |");
        Console.WriteLine("| --- | --- |");
        Console.WriteLine($"| apply + admit + 5 results per student, certificates by events, until the last is issued | {seeding.Elapsed.TotalSeconds:0.0} s |");
        Console.WriteLine($"| bulk issue through Hangfire on PostgreSQL, request to last issued PDF | {bulk.Elapsed.TotalSeconds:0.0} s ({expected / bulk.Elapsed.TotalSeconds:0} per s) |");
        Console.WriteLine($"| bulk issue: done / failed | {progress.GetProperty("done").GetInt32()} / {progress.GetProperty("failed").GetInt32()} |");
        Console.WriteLine($"| web process memory during the bulk issue: first / peak / last sample | {sampler.First / 1024:0} / {sampler.Peak / 1024:0} / {sampler.Last / 1024:0} MB |");
        Console.WriteLine($"| Chromium printing the same certificate from HTML, {expected} times, one page | {chromium.TotalSeconds:0.0} s ({expected / chromium.TotalSeconds:0} per s) |");
        return progress.GetProperty("done").GetInt32() == expected ? 0 : 1;
    }

    private static async Task<TimeSpan> ChromiumAsync(int count)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = TestEnvironment.ChromiumPath,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync();
        var html = CertificateHtml.For(SampleDocuments.Certificate);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            await page.SetContentAsync(html);
            await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true });
        }

        return clock.Elapsed;
    }
}
