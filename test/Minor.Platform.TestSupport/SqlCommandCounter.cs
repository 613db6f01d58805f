using System.Collections.Concurrent;
using System.Diagnostics;

namespace Minor.Platform.TestSupport;

/// <summary>
/// Counts the SQL commands the platform sends to PostgreSQL while it serves one request. Each request carries a fresh
/// W3C trace id; ASP.NET Core continues that trace, Npgsql records every command as an activity in it, and the
/// counter adds up the commands of that trace only, so Hangfire's polling and other requests do not count.
/// </summary>
public sealed class SqlCommandCounter : IDisposable
{
    private readonly ConcurrentDictionary<ActivityTraceId, int> _commands = new();
    private readonly ActivityListener _listener;

    public SqlCommandCounter()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Npgsql" or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.Source.Name == "Npgsql")
                {
                    _commands.AddOrUpdate(activity.TraceId, 1, (_, count) => count + 1);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>GETs the address (expecting success) and returns how many SQL commands serving it took.</summary>
    public async Task<int> CountAsync(HttpClient client, string url)
    {
        var trace = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
        using var response = await client.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"GET {url} answered {(int)response.StatusCode}");
        }

        await response.Content.ReadAsByteArrayAsync();
        return _commands.GetValueOrDefault(trace);
    }

    public void Dispose() => _listener.Dispose();
}
