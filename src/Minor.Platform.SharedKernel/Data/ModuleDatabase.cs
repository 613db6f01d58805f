using Microsoft.EntityFrameworkCore;

namespace Minor.Platform.SharedKernel.Data;

public sealed class ModuleDatabase<TContext>(TContext context) : IModuleDatabase where TContext : DbContext
{
    public string Name => typeof(TContext).Name;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (context.Database.IsNpgsql())
        {
            await context.Database.MigrateAsync(cancellationToken);
        }
        else
        {
            await context.Database.EnsureCreatedAsync(cancellationToken);
        }
    }

    public Task<bool> CanConnectAsync(CancellationToken cancellationToken) =>
        context.Database.CanConnectAsync(cancellationToken);
}
