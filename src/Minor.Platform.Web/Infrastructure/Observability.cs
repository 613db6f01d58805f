using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using Hangfire.Server;
using OpenTelemetry.Metrics;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Minor.Platform.Web.Infrastructure;

/// <summary>
/// Logs through Serilog (one JSON object per line in Production, or with Platform:Logging:Json; readable lines
/// elsewhere) at the level of Logging:LogLevel:Default, and OpenTelemetry metrics for requests, the runtime and
/// Hangfire jobs, scraped by Prometheus at /metrics from loopback only.
/// </summary>
public static class Observability
{
    public const string JobsMeter = "Minor.Platform.Jobs";

    public static void AddObservability(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var json = configuration.GetValue("Platform:Logging:Json", builder.Environment.IsProduction());
        var level = Level(configuration["Logging:LogLevel:Default"]);
        builder.Services.AddSerilog(logger =>
        {
            logger.MinimumLevel.Is(level)
                .MinimumLevel.Override("Microsoft.AspNetCore", Max(level, LogEventLevel.Warning))
                .MinimumLevel.Override("Microsoft.EntityFrameworkCore", Max(level, LogEventLevel.Warning))
                .Enrich.FromLogContext();
            if (json)
            {
                logger.WriteTo.Console(new RenderedCompactJsonFormatter());
            }
            else
            {
                logger.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}", formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            }
        });

        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddAspNetCoreInstrumentation()
            .AddRuntimeInstrumentation()
            .AddMeter(JobsMeter)
            .AddPrometheusExporter());
    }

    /// <summary>The metrics for Prometheus, answered to loopback only (a scraper on the host, not the internet).</summary>
    public static void UseMetricsEndpoint(this WebApplication app) =>
        app.UseOpenTelemetryPrometheusScrapingEndpoint(context =>
            context.Request.Path == "/metrics" && context.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address));

    private static LogEventLevel Level(string? microsoftLevel) => microsoftLevel switch
    {
        "Trace" => LogEventLevel.Verbose,
        "Debug" => LogEventLevel.Debug,
        "Warning" => LogEventLevel.Warning,
        "Error" => LogEventLevel.Error,
        "Critical" or "None" => LogEventLevel.Fatal,
        _ => LogEventLevel.Information,
    };

    private static LogEventLevel Max(LogEventLevel a, LogEventLevel b) => a > b ? a : b;
}

/// <summary>Every Hangfire job's duration and outcome, as the histogram minor.jobs.duration (seconds) tagged with the job and its outcome.</summary>
public sealed class JobMetricsFilter : IServerFilter
{
    private static readonly Meter Meter = new(Observability.JobsMeter);
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("minor.jobs.duration", "s", "How long a Hangfire job ran.");
    private const string StartedKey = "minor.started";

    public void OnPerforming(PerformingContext context) => context.Items[StartedKey] = Stopwatch.GetTimestamp();

    public void OnPerformed(PerformedContext context)
    {
        if (context.Items.TryGetValue(StartedKey, out var started) && started is long timestamp)
        {
            Duration.Record(Stopwatch.GetElapsedTime(timestamp).TotalSeconds,
                new KeyValuePair<string, object?>("job", context.BackgroundJob.Job.Type.Name),
                new KeyValuePair<string, object?>("outcome", context.Exception is null ? "succeeded" : "failed"));
        }
    }
}
