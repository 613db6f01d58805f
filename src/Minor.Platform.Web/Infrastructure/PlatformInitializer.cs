using Minor.Platform.SharedKernel.Data;
using Minor.Platform.SharedKernel.Seeding;

namespace Minor.Platform.Web.Infrastructure;

/// <summary>At start-up: every module's schema (migrations or model), then the seeds, in order.</summary>
public static class PlatformInitializer
{
    public static async Task InitializeAsync(IServiceProvider services, SeedContext seeds, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        foreach (var database in scope.ServiceProvider.GetServices<IModuleDatabase>())
        {
            await database.InitializeAsync(cancellationToken);
        }

        foreach (var seeder in scope.ServiceProvider.GetServices<IDataSeeder>().OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(seeds, cancellationToken);
        }
    }
}
