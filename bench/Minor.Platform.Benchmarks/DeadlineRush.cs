using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Minor.Platform.TestSupport;

namespace Minor.Platform.Benchmarks;

/// <summary>
/// A deadline rush on loopback: N students (200 by default), each signed in with their own account, hand in a PDF of
/// 1 MB (or the size given, up to the 25 MB a hand-in file may be) at a random moment within one minute. Every acknowledged hand-in is then downloaded again and compared with
/// what was sent (SHA-256). Bounded: requests still open two minutes after the start are abandoned and counted as
/// errors. Prints a table for bench/README.md.
/// </summary>
public static class DeadlineRush
{
    public static async Task<int> RunAsync(int students, int megabytes)
    {
        var fileBytes = megabytes * 1024 * 1024;
        await using var isolated = await IsolatedPlatform.CreateAsync("minor_rush");
        var dataFolder = isolated.DataFolder;
        // All students come from one loopback address here; in a real rush they come from hundreds.
        await using var host = await PlatformProcess.StartAsync(isolated.Environment(("Platform__RateLimit__SignInPerMinute", "100000")));

        var cohortId = await CohortBuilder.AdmitAndPassAsync(host.BaseAddress, "noord", students, modules: []);
        using var lecturer = await CohortBuilder.SignedInAsync(host.BaseAddress, DemoAccounts.Lecturer("noord"));
        var assessmentId = await ModuleGrades.EnsurePublishedPlanAsync(lecturer, cohortId, "M1");
        await Eventually.UntilAsync(() => Task.FromResult(Directory.Exists(Path.Combine(dataFolder, "mail"))
            ? Directory.GetFiles(Path.Combine(dataFolder, "mail")).Length : 0), n => n >= students, "the activation mails", TimeSpan.FromMinutes(5), 500);
        var links = Mailbox.ActivationLinks(dataFolder);
        var clients = new List<HttpClient>();
        foreach (var (email, link) in links.Where(l => l.Key.EndsWith("@noord.example.nl", StringComparison.Ordinal)))
        {
            await Accounts.ActivateAsync(host.BaseAddress, new Uri(link), Accounts.ActivatedPassword);
            clients.Add(await CohortBuilder.SignedInAsync(host.BaseAddress, email, Accounts.ActivatedPassword));
        }

        var sampler = new MemorySampler();
        var random = new Random(2026);
        var clock = Stopwatch.StartNew();
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var attempts = await Task.WhenAll(clients.Select(async client =>
        {
            // The file is made when the student hands in, so the client holds only the files under way.
            var seed = random.Next();
            await Task.Delay(TimeSpan.FromMilliseconds(random.Next(0, 60_000)), bound.Token);
            var content = new byte[fileBytes];
            new Random(seed).NextBytes(content);
            "%PDF-1.7\n"u8.CopyTo(content);
            "\n%%EOF\n"u8.CopyTo(content.AsSpan(fileBytes - 7));
            var sha = Convert.ToHexStringLower(SHA256.HashData(content));
            var started = clock.Elapsed;
            try
            {
                using var form = new MultipartFormDataContent();
                var file = new ByteArrayContent(content);
                file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
                form.Add(file, "files", "eindopdracht.pdf");
                using var response = await client.PostAsync($"/api/v1/assessments/{assessmentId}/hand-ins", form, bound.Token);
                var receipt = response.StatusCode == HttpStatusCode.Created ? await response.Content.ReadFromJsonAsync<JsonElement>(bound.Token) : default;
                return new Attempt(client, sha, (int)response.StatusCode, clock.Elapsed - started, receipt);
            }
            catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
            {
                return new Attempt(client, sha, 0, clock.Elapsed - started, default);
            }
        }));
        var rush = clock.Elapsed;
        sampler.Dispose();

        var acknowledged = attempts.Where(a => a.Status == 201).ToList();
        var stored = 0;
        foreach (var attempt in acknowledged)
        {
            var receipt = attempt.Receipt.GetProperty("files")[0];
            var back = await attempt.Client.GetByteArrayAsync($"/api/v1/hand-in-files/{receipt.GetProperty("id").GetGuid()}");
            if (receipt.GetProperty("sha256").GetString() == attempt.Sha256 && Convert.ToHexStringLower(SHA256.HashData(back)) == attempt.Sha256)
            {
                stored++;
            }
        }

        var latencies = acknowledged.Select(a => a.Latency.TotalMilliseconds).Order().ToList();
        double Percentile(double p) => latencies.Count == 0 ? 0 : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];
        var errors = attempts.Length - acknowledged.Count;
        Console.WriteLine();
        Console.WriteLine($"| deadline rush ({attempts.Length} students, {megabytes} MB each, within one minute) | result |");
        Console.WriteLine("| --- | --- |");
        Console.WriteLine($"| acknowledged (201) / errors | {acknowledged.Count} / {errors} ({100.0 * errors / attempts.Length:0.0} %) |");
        Console.WriteLine($"| errors by status | {string.Join(", ", attempts.Where(a => a.Status != 201).GroupBy(a => a.Status).Select(g => $"{(g.Key == 0 ? "no answer" : g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture))}: {g.Count()}").DefaultIfEmpty("none"))} |");
        Console.WriteLine($"| acknowledged hand-ins read back with the sender's SHA-256 | {stored} of {acknowledged.Count} |");
        Console.WriteLine($"| latency of an acknowledged hand-in: median / p95 / max | {Percentile(0.5):0} / {Percentile(0.95):0} / {(latencies.Count == 0 ? 0 : latencies[^1]):0} ms |");
        Console.WriteLine($"| rush from first to last answer | {rush.TotalSeconds:0.0} s |");
        Console.WriteLine($"| web process memory during the rush: first / peak / last sample | {sampler.First / 1024:0} / {sampler.Peak / 1024:0} / {sampler.Last / 1024:0} MB |");
        clients.ForEach(c => c.Dispose());
        return stored == acknowledged.Count ? 0 : 1;
    }

    private sealed record Attempt(HttpClient Client, string Sha256, int Status, TimeSpan Latency, JsonElement Receipt);
}
