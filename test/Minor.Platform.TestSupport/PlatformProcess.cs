using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Minor.Platform.TestSupport;

/// <summary>
/// The built host as its own operating-system process (`dotnet run --no-build`), for what an in-process test host
/// cannot show: the README's first command, and a process killed mid-work and started again.
/// </summary>
public sealed class PlatformProcess : IAsyncDisposable
{
    private readonly StringBuilder _output = new();
    private readonly Process _process;

    private PlatformProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the host and waits until /health/ready answers.</summary>
    public static async Task<PlatformProcess> StartAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var host = Launch(environment, arguments);
        await host.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
        return host;
    }

    /// <summary>Starts the host for a run that is expected to end by itself (a refusal to start), and waits for it.</summary>
    public static async Task<(int ExitCode, string Output)> RunToExitAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        await using var host = Launch(environment, arguments);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await host._process.WaitForExitAsync(timeout.Token);
        return (host._process.ExitCode, host.Output);
    }

    private static PlatformProcess Launch(IReadOnlyDictionary<string, string> environment, string[] arguments)
    {
        var root = RepositoryRoot();
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet",
            ["run", "--no-build", "--no-launch-profile", "-c", configuration, "--project", Path.Combine(root, "src", "Minor.Platform.Web"), "--", "--urls", baseAddress.ToString(), .. arguments])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // The launch profile would force Development over the caller's choice; Development unless the caller says otherwise.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var host = new PlatformProcess(Process.Start(start)!, baseAddress);
        host._process.OutputDataReceived += (_, e) => host.Append(e.Data);
        host._process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        host._process.BeginOutputReadLine();
        host._process.BeginErrorReadLine();
        return host;
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    /// <summary>SIGKILL for the whole process tree: no shutdown hooks, no flushing, as in a power cut.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var client = CreateClient();
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                using var response = await client.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new InvalidOperationException("The platform process did not become ready:\n" + Output);
    }

    private void Append(string? line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Minor.Platform.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Repository root not found.");
    }
}
