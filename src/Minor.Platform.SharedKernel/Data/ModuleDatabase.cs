using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Minor.Platform.SharedKernel.Data;

public sealed class ModuleDatabase<TContext>(TContext context) : IModuleDatabase where TContext : DbContext
{
    private const string StampTable = "__model_stamp";

    public string Name => typeof(TContext).Name;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (context.Database.IsNpgsql())
        {
            // Migrate reads the history table before it makes it, and logs that failed read as an error on every
            // first start (dotnet/efcore#37328); making the table first keeps the log of a healthy start clean.
            await context.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
            await context.Database.MigrateAsync(cancellationToken);
            return;
        }

        if (await context.Database.EnsureCreatedAsync(cancellationToken))
        {
            await context.Database.ExecuteSqlRawAsync($"CREATE TABLE \"{StampTable}\" (stamp TEXT NOT NULL)", cancellationToken);
            await context.Database.ExecuteSqlAsync($"INSERT INTO \"__model_stamp\" (stamp) VALUES ({ModelStamp()})", cancellationToken);
        }
    }

    public async Task<bool> HoldsAnOlderModelAsync(CancellationToken cancellationToken)
    {
        if (context.Database.IsNpgsql() || !File.Exists(FilePath()))
        {
            return false;
        }

        // A file made before files were stamped has no stamp table: asking sqlite_master first keeps the log clean.
        var stamped = await context.Database
            .SqlQueryRaw<int>($"SELECT count(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '{StampTable}'")
            .SingleAsync(cancellationToken);
        var stored = stamped == 0
            ? []
            : await context.Database.SqlQueryRaw<string>($"SELECT stamp AS \"Value\" FROM \"{StampTable}\"").ToListAsync(cancellationToken);
        return !stored.SequenceEqual([ModelStamp()]);
    }

    public string? SetAside(DateTimeOffset now)
    {
        var path = FilePath();
        if (context.Database.IsNpgsql() || !File.Exists(path))
        {
            return null;
        }

        SqliteConnection.ClearAllPools();
        var aside = $"{path}.{now.UtcDateTime:yyyyMMddHHmmss}.bak";
        File.Move(path, aside);
        // A write-ahead log left by a crash belongs to the old file and must not be replayed into the new one.
        foreach (var suffix in new[] { "-wal", "-shm" }.Where(suffix => File.Exists(path + suffix)))
        {
            File.Move(path + suffix, aside + suffix);
        }

        return aside;
    }

    public Task<bool> CanConnectAsync(CancellationToken cancellationToken) =>
        context.Database.CanConnectAsync(cancellationToken);

    private string FilePath() => new SqliteConnectionStringBuilder(context.Database.GetConnectionString()).DataSource;

    // The schema EnsureCreated makes for this model: it changes exactly when a file made by another version would no
    // longer fit.
    private string ModelStamp() =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(context.Database.GenerateCreateScript())));
}
