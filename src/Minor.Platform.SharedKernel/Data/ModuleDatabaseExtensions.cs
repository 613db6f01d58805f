using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.SharedKernel.Data;

public static class ModuleDatabaseExtensions
{
    /// <summary>
    /// Registers a module's DbContext on its own PostgreSQL schema (migrations and history table inside it), or on its
    /// own SQLite file in the embedded default, where SQLite has no schemas. Contexts are pooled: a page uses several
    /// modules' contexts, and setting each one up anew cost a tenth of a page's CPU (bench/README.md). Each scope rents
    /// one and hands it the scope's caller; disposing the scope returns it.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(
        this IServiceCollection services, DatabaseOptions database, string schema)
        where TContext : DbContext
    {
        services.AddPooledDbContextFactory<TContext>((sp, options) =>
        {
            Configure(options, database, schema, typeof(TContext).Assembly.GetName().Name!);
            options.AddInterceptors(sp.GetRequiredService<AuditInterceptor>());
        });
        services.AddScoped(sp =>
        {
            var context = sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext();
            if (context is ModuleDbContext module)
            {
                module.CurrentUser = sp.GetRequiredService<ICurrentUser>();
            }

            return context;
        });
        services.AddScoped<IModuleDatabase, ModuleDatabase<TContext>>();
        return services;
    }

    public static void Configure(DbContextOptionsBuilder options, DatabaseOptions database, string schema, string migrationsAssembly)
    {
        if (database.IsPostgres)
        {
            options.UseNpgsql(Tuned(database.ConnectionString!), npgsql => npgsql
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

    /// <summary>
    /// Npgsql prepares a statement on the server once it has been sent a few times, so PostgreSQL parses and plans the
    /// platform's queries once per connection instead of on every request; unless the operator set it otherwise.
    /// </summary>
    private static string Tuned(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 64;
        }

        return builder.ConnectionString;
    }
}
