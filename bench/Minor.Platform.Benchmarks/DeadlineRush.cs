using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Minor.Platform.TestSupport;

namespace Minor.Platform.Benchmarks;

/// <summary>
/// A deadline rush on loopback: N students (200 by default), each signed in with their own account, hand in a 1 MB
/// PDF at a random moment within one minute. Every acknowledged hand-in is then downloaded again and compared with
/// what was sent (SHA-256). Bounded: requests still open two minutes after the start are abandoned and counted as
/// errors. Prints a table for bench/README.md.
/// </summary>
public static class DeadlineRush
{
    private const int FileBytes = 1024 * 1024;

    public static async Task<int> RunAsync(int students)
    {
        var dataFolder = Directory.CreateTempSubdirectory("minor-rush-").FullName;
        await using var database = await TestDatabase.CreateAsync("minor_rush");
        await using var host = await PlatformProcess.StartAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings__Default"] = database.ConnectionString,
            ["Platform__DataFolder"] = dataFolder,
            ["Platform__DemoData"] = "true",
            ["Platform__Seed__DemoAssessmentPlans"] = "false",
            ["Platform__Seed__DemoApplications"] = "false",
            // All students come from one loopback address here; in a real rush they come from hundreds.
            ["Platform__RateLimit__SignInPerMinute"] = "100000",
            ["Logging__LogLevel__Default"] = "Warning",
        });

        var cohortId = await CohortBuilder.AdmitAndPassAsync(host.BaseAddress, "noord", students, modules: []);
        using var lecturer = await CohortBuilder.SignedInAsync(host.BaseAddress, DemoAccounts.Lecturer("noord"));
        var assessmentId = await ModuleGrades.EnsurePublishedPlanAsync(lecturer, cohortId, "M1");
        await Eventually.UntilAsync(() => Task.FromResult(Directory.Exists(Path.Combine(dataFolder, "mail"))
            ? Directory.GetFiles(Path.Combine(dataFolder, "mail")).Length : 0), n => n >= students, "the activation mails", TimeSpan.FromMinutes(5), 500);
        var links = Mailbox.ActivationLinks(dataFolder);
        var clients = new List<HttpClient>();
        foreach (var (email, link) in links.Where(l => l.Key.EndsWith("@noord.example.nl", StringComparison.Ordinal)))
        {
            clients.Add(await ActivatedClientAsync(host.BaseAddress, email, new Uri(link)));
        }

        var sampler = new MemorySampler();
        var random = new Random(2026);
        var clock = Stopwatch.StartNew();
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var attempts = await Task.WhenAll(clients.Select(async client =>
        {
            var content = new byte[FileBytes];
            random.NextBytes(content);
            "%PDF-1.7\n"u8.CopyTo(content);
            "\n%%EOF\n"u8.CopyTo(content.AsSpan(FileBytes - 7));
            var sha = Convert.ToHexStringLower(SHA256.HashData(content));
            await Task.Delay(TimeSpan.FromMilliseconds(random.Next(0, 60_000)), bound.Token);
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
        Console.WriteLine($"| deadline rush ({attempts.Length} students, 1 MB each, within one minute) | result |");
        Console.WriteLine("| --- | --- |");
        Console.WriteLine($"| acknowledged (201) / errors | {acknowledged.Count} / {errors} ({100.0 * errors / attempts.Length:0.0} %) |");
        Console.WriteLine($"| errors by status | {string.Join(", ", attempts.Where(a => a.Status != 201).GroupBy(a => a.Status).Select(g => $"{(g.Key == 0 ? "no answer" : g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture))}: {g.Count()}").DefaultIfEmpty("none"))} |");
        Console.WriteLine($"| acknowledged hand-ins read back with the sender's SHA-256 | {stored} of {acknowledged.Count} |");
        Console.WriteLine($"| latency of an acknowledged hand-in: median / p95 / max | {Percentile(0.5):0} / {Percentile(0.95):0} / {(latencies.Count == 0 ? 0 : latencies[^1]):0} ms |");
        Console.WriteLine($"| rush from first to last answer | {rush.TotalSeconds:0.0} s |");
        Console.WriteLine($"| web process memory during the rush: first / peak / last sample | {sampler.First / 1024:0} / {sampler.Peak / 1024:0} / {sampler.Last / 1024:0} MB |");
        clients.ForEach(c => c.Dispose());
        Directory.Delete(dataFolder, recursive: true);
        return stored == acknowledged.Count ? 0 : 1;
    }

    /// <summary>The student as they would start: the mailed link, a password chosen, a token from the password grant.</summary>
    private static async Task<HttpClient> ActivatedClientAsync(Uri baseAddress, string email, Uri link)
    {
        const string password = "Wijkkracht2026";
        using (var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseAddress })
        {
            var form = await browser.GetStringAsync(link.PathAndQuery);
            var query = System.Web.HttpUtility.ParseQueryString(link.Query);
            using var activated = await browser.PostAsync("/account/activate", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["user"] = query["user"]!, ["Token"] = query["token"]!, ["Password"] = password, ["ConfirmPassword"] = password,
                ["__RequestVerificationToken"] = Forms.AntiforgeryToken(form),
            }));
            if (activated.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"Activating {email} answered {(int)activated.StatusCode}.");
            }
        }

        return await CohortBuilder.SignedInAsync(baseAddress, email, password);
    }

    private sealed record Attempt(HttpClient Client, string Sha256, int Status, TimeSpan Latency, JsonElement Receipt);
}
