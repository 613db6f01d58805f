using System.Diagnostics;
using Minor.Platform.TestSupport;

namespace Minor.Platform.Benchmarks;

/// <summary>
/// Pages and endpoints at national scale: the built host on a throw-away PostgreSQL filled by <see cref="DataGenerator"/>,
/// each address requested at concurrency 1 and 16 by a bounded client on loopback, with the web process's memory sampled
/// throughout. Prints a table for bench/README.md.
/// </summary>
public static class PageBenchmark
{
    private const int Sequential = 50;
    private const int Workers = 16;
    private const int PerWorker = 25;
    private const int WarmUpRounds = 5;
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(DataSize size, string? only = null)
    {
        await using var isolated = await IsolatedPlatform.CreateAsync($"minor_pages_{size.Name.ToLowerInvariant()}");
        await using var host = await PlatformProcess.StartAsync(isolated.Environment(
            ("ASPNETCORE_ENVIRONMENT", "Staging"), ("Platform__RateLimit__SignInPerMinute", "100000")));
        var data = await DataGenerator.RunAsync(isolated.Database.ConnectionString, size, Console.Out);

        using var student = await Accounts.BrowserAsync(host.BaseAddress, DataGenerator.StudentEmail(1), DataGenerator.Password);
        using var lecturer = await Accounts.BrowserAsync(host.BaseAddress, DemoAccounts.Lecturer("noord"));
        using var analyst = await Accounts.BrowserAsync(host.BaseAddress, DemoAccounts.Analyst);
        using var anonymous = new HttpClient { BaseAddress = host.BaseAddress };
        (string Name, HttpClient Client, string Url)[] targets =
        [
            ("student's dashboard (/home)", student, "/home"),
            ("module page with progress per outcome", student, "/my/modules/M1"),
            ($"gradebook, {size.Students:N0} students", lecturer, $"/assessment/{data.CohortId}/gradebook"),
            ($"toetsmatrijs, {size.Students:N0} students", lecturer, $"/assessment/{data.CohortId}/M1"),
            ($"national dashboard, {size.Applications:N0} applications", analyst, "/national"),
            ("verification page", anonymous, $"/verify/{data.VerificationCode}"),
            ("GET /api/v1/curriculum/modules", anonymous, "/api/v1/curriculum/modules"),
        ];

        var rows = new List<string>();
        using var sampler = new MemorySampler();
        foreach (var (name, client, url) in targets.Where(t => only is null || t.Url.Contains(only, StringComparison.OrdinalIgnoreCase)))
        {
            // Warm-up: five unrecorded rounds at concurrency 16 (2,000 requests), by which the JIT's tiering has settled
            // on every page here (a server runs for hours; its first seconds are not what a lecturer at the deadline meets).
            for (var round = 0; round < WarmUpRounds; round++)
            {
                await MeasureAsync(Workers, PerWorker, client, url);
            }

            var one = await MeasureAsync(1, Sequential, client, url);
            var before = CpuMeter.Read();
            var sixteen = await MeasureAsync(Workers, PerWorker, client, url);
            var cpu = CpuMeter.Read().Since(before);
            const int requests = Workers * PerWorker;
            rows.Add($"| {name} | {one.Median:0} / {one.P95:0} ms | {one.PerSecond:0.0} | {sixteen.Median:0} / {sixteen.P95:0} / {sixteen.P99:0} ms | {sixteen.PerSecond:0.0} | {one.Errors + sixteen.Errors} | {cpu.WebMs / requests:0.0} / {cpu.PostgresMs / requests:0.0} / {cpu.ClientMs / requests:0.0} |");
            Console.WriteLine(rows[^1]);
        }

        Console.WriteLine();
        Console.WriteLine($"Size {size.Name} ({size.Students:N0} students, {size.Institutions} hogescholen × {size.Years} years, {size.Applications:N0} applications), generated in {data.Took.TotalSeconds:0} s");
        Console.WriteLine("| page | concurrency 1: median / p95 | per second | concurrency 16: median / p95 / p99 | per second | errors | CPU ms per request at c16: web / PostgreSQL / client |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        rows.ForEach(Console.WriteLine);
        Console.WriteLine($"Web process memory, first / peak / last sample: {sampler.First / 1024} / {sampler.Peak / 1024} / {sampler.Last / 1024} MB");
        return 0;
    }

    private static async Task<Result> MeasureAsync(int workers, int perWorker, HttpClient client, string url)
    {
        var clock = Stopwatch.StartNew();
        var samples = await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            var mine = new List<(double Ms, bool Ok)>();
            for (var i = 0; i < perWorker; i++)
            {
                var started = Stopwatch.GetTimestamp();
                var ok = await GetAsync(client, url);
                mine.Add((Stopwatch.GetElapsedTime(started).TotalMilliseconds, ok));
            }

            return mine;
        }));
        var all = samples.SelectMany(s => s).ToList();
        var sorted = all.Select(s => s.Ms).Order().ToList();
        double Percentile(double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
        return new Result(Percentile(0.5), Percentile(0.95), Percentile(0.99), all.Count / clock.Elapsed.TotalSeconds, all.Count(s => !s.Ok));
    }

    private static async Task<bool> GetAsync(HttpClient client, string url)
    {
        try
        {
            using var bound = new CancellationTokenSource(RequestTimeout);
            using var response = await client.GetAsync(url, HttpCompletionOption.ResponseContentRead, bound.Token);
            return response.IsSuccessStatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private sealed record Result(double Median, double P95, double P99, double PerSecond, int Errors);
}
