using Minor.Platform.SharedKernel.Data;
using Minor.Platform.SharedKernel.Seeding;

namespace Minor.Platform.Web.Infrastructure;

/// <summary>At start-up: every module's schema (migrations or model), then the seeds, in order.</summary>
public static class PlatformInitializer
{
    public static async Task InitializeAsync(IServiceProvider services, SeedContext seeds, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var databases = scope.ServiceProvider.GetServices<IModuleDatabase>().ToList();
        await SetAsideOlderEmbeddedFilesAsync(scope.ServiceProvider, databases, cancellationToken);
        foreach (var database in databases)
        {
            await database.InitializeAsync(cancellationToken);
        }

        foreach (var seeder in scope.ServiceProvider.GetServices<IDataSeeder>().OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(seeds, cancellationToken);
        }
    }

    /// <summary>
    /// The embedded SQLite files are made from the model, not migrated. When one was made by an older version, all of
    /// them are moved aside together (the modules' rows refer to each other) and made anew with fresh demo data; the old
    /// files stay next to them, renamed. PostgreSQL is migrated instead and never comes here.
    /// </summary>
    private static async Task SetAsideOlderEmbeddedFilesAsync(IServiceProvider services, List<IModuleDatabase> databases, CancellationToken cancellationToken)
    {
        var older = new List<string>();
        foreach (var database in databases)
        {
            if (await database.HoldsAnOlderModelAsync(cancellationToken))
            {
                older.Add(database.Name);
            }
        }

        if (older.Count == 0)
        {
            return;
        }

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var moved = databases.Select(database => database.SetAside(now)).OfType<string>().ToList();

        services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PlatformInitializer)).LogWarning(
            "The embedded database was made by an older version of the platform ({Modules}); it was moved aside ({Files}) and made anew with demo data",
            string.Join(", ", older), string.Join(", ", moved));
    }
}
