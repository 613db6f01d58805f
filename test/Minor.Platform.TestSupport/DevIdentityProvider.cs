using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Minor.Platform.TestSupport;

/// <summary>
/// A real OpenID Provider (npm oidc-provider, etc/dev-idp) as a child process on a loopback port, standing in for
/// SURFconext or eduID. The platform signs people in through it exactly as it would through the real federation.
/// </summary>
public sealed class DevIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "minor-platform";
    public const string ClientSecret = "test-secret-of-minor-platform";

    private readonly StringBuilder _output = new();
    private readonly string _keyFile = Path.Combine(Path.GetTempPath(), $"minor-dev-idp-{Guid.NewGuid():N}.json");
    private Process? _process;

    private DevIdentityProvider(string flavour, int port, IReadOnlyList<Uri> redirectUris, IReadOnlyList<Uri> postLogoutUris)
    {
        Flavour = flavour;
        Port = port;
        RedirectUris = redirectUris;
        PostLogoutUris = postLogoutUris;
    }

    public string Flavour { get; }

    public int Port { get; }

    public Uri Issuer => new($"http://127.0.0.1:{Port}");

    public IReadOnlyList<Uri> RedirectUris { get; }

    public IReadOnlyList<Uri> PostLogoutUris { get; }

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

    /// <summary>Starts the provider ("surfconext" or "eduid") for a platform at <paramref name="platform"/>.</summary>
    public static async Task<DevIdentityProvider> StartAsync(string flavour, Uri platform, int? port = null)
    {
        var provider = new DevIdentityProvider(flavour, port ?? PlatformProcess.FreePort(),
            [new Uri(platform, $"/signin-{flavour}")], [new Uri(platform, "/"), new Uri(platform, $"/signout-callback-{flavour}")]);
        await provider.StartAsync();
        return provider;
    }

    /// <summary>The platform's settings for this provider, under Platform:SignIn:SurfConext or :EduId.</summary>
    public IReadOnlyDictionary<string, string> PlatformSettings(string separator = ":")
    {
        var section = string.Join(separator, "Platform", "SignIn", Flavour == "eduid" ? "EduId" : "SurfConext");
        return new Dictionary<string, string>
        {
            [section + separator + "Authority"] = Issuer.ToString().TrimEnd('/'),
            [section + separator + "ClientId"] = ClientId,
            [section + separator + "ClientSecret"] = ClientSecret,
            [section + separator + "RequireHttpsMetadata"] = "false",
            [section + separator + "AssuranceLevels" + separator + "0"] = "http://test.surfconext.nl/assurance/loa1",
            [section + separator + "AssuranceLevels" + separator + "1"] = "http://test.surfconext.nl/assurance/loa2",
            [section + separator + "AssuranceLevels" + separator + "2"] = "http://test.surfconext.nl/assurance/loa3",
        };
    }

    /// <summary>Stops the provider (a federation that is down) until <see cref="StartAsync()"/> is called again.</summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    public async Task StartAsync()
    {
        var folder = Path.Combine(PlatformProcess.RepositoryRoot(), "etc", "dev-idp");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "oidc-provider")))
        {
            throw new InvalidOperationException($"The test OpenID Provider's packages are missing: run `npm ci` in {folder} (etc/test.sh does).");
        }

        var start = new ProcessStartInfo("node", ["idp.js"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["IDP_PORT"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["IDP_ISSUER"] = Issuer.ToString().TrimEnd('/');
        start.Environment["IDP_FLAVOUR"] = Flavour;
        // Stopped and started again, the provider keeps its signing key, as a real federation does.
        start.Environment["IDP_KEY_FILE"] = _keyFile;
        start.Environment["IDP_CLIENTS"] = JsonSerializer.Serialize(new[]
        {
            new Dictionary<string, object>
            {
                ["client_id"] = ClientId,
                ["client_secret"] = ClientSecret,
                ["redirect_uris"] = RedirectUris.Select(u => u.ToString()).ToArray(),
                ["post_logout_redirect_uris"] = PostLogoutUris.Select(u => u.ToString()).ToArray(),
            },
        });

        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) =>
        {
            Append(e.Data);
            if (e.Data?.StartsWith("dev-idp ready", StringComparison.Ordinal) == true)
            {
                ready.TrySetResult();
            }
        };
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException("The test OpenID Provider stopped:\n" + Output));
        _process.EnableRaisingEvents = true;
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await ready.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        File.Delete(_keyFile);
    }

    private void Append(string? line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
