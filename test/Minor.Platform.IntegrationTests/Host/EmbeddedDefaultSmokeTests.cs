using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace Minor.Platform.IntegrationTests.Host;

/// <summary>
/// The README's first command, as a new user runs it: no connection string, so SQLite files, Hangfire in memory and
/// seeded demo accounts. Runs the built host as its own process, exactly as `dotnet run` does.
/// </summary>
public sealed class EmbeddedDefaultSmokeTests
{
    [Fact]
    public async Task Start_WithoutConnectionString_ServesTheCurriculumAndIsReady()
    {
        var root = FindRepositoryRoot();
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var port = FreePort();
        var dataFolder = Directory.CreateTempSubdirectory("minor-embedded-").FullName;
        var start = new ProcessStartInfo("dotnet", ["run", "--no-build", "-c", configuration, "--project", Path.Combine(root, "src", "Minor.Platform.Web"), "--", "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ConnectionStrings__Default"] = "";
        start.Environment["Platform__DataFolder"] = dataFolder;
        var output = new System.Text.StringBuilder();
        using var host = Process.Start(start)!;
        host.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        host.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        host.BeginOutputReadLine();
        host.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var ready = await WaitForReadyAsync(client, host, TimeSpan.FromSeconds(90));
            if (!ready)
            {
                lock (output)
                {
                    throw new Xunit.Sdk.XunitException("The embedded host did not become ready:\n" + output);
                }
            }

            var home = await client.GetStringAsync("/");
            home.ShouldContain("Minor Samenlevingsopbouw");
            var modules = await client.GetFromJsonAsync<JsonElement>("/api/v1/curriculum/modules");
            modules.GetArrayLength().ShouldBe(5);
            Directory.GetFiles(dataFolder, "*.db").Length.ShouldBe(6);

            using var token = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "password", ["client_id"] = "minor-cli", ["username"] = "coordinator@zuid.demo", ["password"] = "Demo!2025",
            }));
            token.StatusCode.ShouldBe(HttpStatusCode.OK);
            lock (output)
            {
                output.ToString().ShouldContain("coordinator@zuid.demo");
            }
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
            Directory.Delete(dataFolder, recursive: true);
        }
    }

    private static async Task<bool> WaitForReadyAsync(HttpClient client, Process host, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !host.HasExited)
        {
            try
            {
                using var response = await client.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        return false;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRepositoryRoot()
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
