using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Minor.Platform.SharedKernel.Data;

public static class ModuleDatabaseExtensions
{
    /// <summary>
    /// Registers a module's DbContext on its own PostgreSQL schema (migrations and history table inside it), or on its
    /// own SQLite file in the embedded default, where SQLite has no schemas.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(
        this IServiceCollection services, DatabaseOptions database, string schema)
        where TContext : DbContext
    {
        services.AddDbContext<TContext>((sp, options) =>
        {
            Configure(options, database, schema, typeof(TContext).Assembly.GetName().Name!);
            options.AddInterceptors(sp.GetRequiredService<AuditInterceptor>());
        });
        services.AddScoped<IModuleDatabase, ModuleDatabase<TContext>>();
        return services;
    }

    public static void Configure(DbContextOptionsBuilder options, DatabaseOptions database, string schema, string migrationsAssembly)
    {
        if (database.IsPostgres)
        {
            options.UseNpgsql(database.ConnectionString, npgsql => npgsql
                .MigrationsHistoryTable("__ef_migrations_history", schema)
                .MigrationsAssembly(migrationsAssembly));
        }
        else
        {
            Directory.CreateDirectory(database.DataFolder);
            options.UseSqlite($"Data Source={Path.Combine(database.DataFolder, schema + ".db")}");
            // SQLite has no schemas; each module gets its own file instead, so the schema names are rightly ignored.
            options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning, SqliteEventId.SchemaConfiguredWarning));
        }

        options.UseSnakeCaseNamingConvention();
    }
}
