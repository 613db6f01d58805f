using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Minor.Platform.SharedKernel.Seeding;
using Minor.Platform.Web.Infrastructure;
using Npgsql;
using Respawn;
using Respawn.Graph;

namespace Minor.Platform.TestSupport;

/// <summary>
/// The real platform on Kestrel (a real loopback port), over a fresh PostgreSQL database made for this test run, with
/// real Hangfire workers, and real OpenID Providers standing in for SURFconext and eduID. <see cref="ResetAsync"/>
/// empties every module's tables and loads the seeds again.
/// </summary>
public sealed class PlatformFactory : WebApplicationFactory<Program>, Xunit.IAsyncLifetime
{
    private static readonly string[] ModuleSchemas = ["identity", "curriculum", "intake", "tracks", "assessment", "certificates", "learning"];

    private readonly string _dataFolder = Directory.CreateTempSubdirectory("minor-test-").FullName;
    private TestDatabase? _database;
    private Respawner? _respawner;

    // The providers must know the platform's return address before either starts, so the port is chosen first.
    private readonly int _port = PlatformProcess.FreePort();

    public PlatformFactory() => UseKestrel(_port);

    /// <summary>The test provider that stands in for SURFconext (school accounts, with schac_home_organization).</summary>
    public DevIdentityProvider SurfConext { get; private set; } = null!;

    /// <summary>The test provider that stands in for eduID (no hogeschool).</summary>
    public DevIdentityProvider EduId { get; private set; } = null!;

    public string ConnectionString => _database!.ConnectionString;

    /// <summary>The host's data folder: file-system blobs live under blobs/.</summary>
    public string DataFolder => _dataFolder;

    /// <summary>The base address of the running server, e.g. http://127.0.0.1:41234.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1");

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("minor_test");
        var platform = new Uri($"http://127.0.0.1:{_port}");
        SurfConext = await DevIdentityProvider.StartAsync("surfconext", platform);
        EduId = await DevIdentityProvider.StartAsync("eduid", platform);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ModuleSchemas,
            TablesToIgnore = [.. ModuleSchemas.Select(schema => new Table(schema, "__ef_migrations_history"))],
        });
    }

    /// <summary>Empties every module's tables and seeds them again, so each test starts from the demo data.</summary>
    public async Task ResetAsync()
    {
        // A job of the previous test may still be writing; when PostgreSQL resolves the resulting deadlock against the
        // reset, the reset runs again (the job is retried by Hangfire).
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString);
                await connection.OpenAsync();
                await _respawner!.ResetAsync(connection);
                break;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DeadlockDetected && attempt < 3)
            {
                await Task.Delay(100 * attempt);
            }
        }

        // What the platform keeps in memory (published curriculum versions) belonged to the data just removed.
        (Services.GetRequiredService<Microsoft.Extensions.Caching.Memory.IMemoryCache>() as Microsoft.Extensions.Caching.Memory.MemoryCache)?.Clear();
        await PlatformInitializer.InitializeAsync(Services, Services.GetRequiredService<SeedContext>(), CancellationToken.None);
    }

    public HttpClient CreateAnonymousClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = BaseAddress };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", ConnectionString);
        builder.UseSetting("Platform:DataFolder", _dataFolder);
        builder.UseSetting("Platform:DemoData", "true");
        foreach (var (key, value) in SurfConext.PlatformSettings().Concat(EduId.PlatformSettings()))
        {
            builder.UseSetting(key, value);
        }

        // Tests shape their own toetsplannen; the demo's would be in their way.
        builder.UseSetting("Platform:Seed:DemoAssessmentPlans", "false");
        builder.UseSetting("Platform:Seed:DemoApplications", "false");
        builder.UseSetting("Platform:PublicBaseUrl", "http://verify.test");
        // Tests add applications and read the figures at once; the minute-long cache has a test of its own.
        builder.UseSetting("Platform:National:CacheSeconds", "0");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Every test signs in from 127.0.0.1; the limit itself is tested on its own process.
        builder.UseSetting("Platform:RateLimit:SignInPerMinute", "100000");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "None");
        builder.ConfigureTestServices(services =>
            // Hashing the demo passwords at every reset with production strength would dominate the test run.
            services.Configure<PasswordHasherOptions>(options => options.IterationCount = 1_000));
    }

    async Task Xunit.IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await SurfConext.DisposeAsync();
        await EduId.DisposeAsync();
        await _database!.DisposeAsync();
        Directory.Delete(_dataFolder, recursive: true);
    }
}
