using Microsoft.EntityFrameworkCore;

namespace Minor.Platform.SharedKernel.Data;

/// <summary>
/// What `dotnet ef` needs to build a module's model for PostgreSQL migrations without starting the host
/// (see etc/add-migration.sh). It never connects.
/// </summary>
public static class DesignTimeDatabase
{
    public static DbContextOptions<TContext> Options<TContext>(string schema) where TContext : DbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        ModuleDatabaseExtensions.Configure(builder,
            new DatabaseOptions { ConnectionString = "Host=localhost;Database=design_time", DataFolder = Path.GetTempPath() },
            schema, typeof(TContext).Assembly.GetName().Name!);
        return builder.Options;
    }

}
