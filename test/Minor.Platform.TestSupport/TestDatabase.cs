using Npgsql;

namespace Minor.Platform.TestSupport;

/// <summary>A fresh PostgreSQL database on the server etc/start-postgres.sh started, dropped when disposed.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string name)
    {
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresConnectionString) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(string prefix)
    {
        var database = new TestDatabase($"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 17, 63)]);
        await AdminAsync($"CREATE DATABASE \"{database.Name}\"");
        return database;
    }

    public Task<long> ScalarAsync(string sql) => ScalarAsync(ConnectionString, sql);

    /// <summary>The single number <paramref name="sql"/> answers (0 when it answers nothing), on any database.</summary>
    public static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync() is long value ? value : 0;
    }

    /// <summary>Waits until an insert into <paramref name="table"/> (schema-qualified) waits for a lock, on any database.</summary>
    public static Task UntilAnInsertWaitsAsync(string connectionString, string table) =>
        Eventually.UntilAsync(
            () => ScalarAsync(connectionString,
                $"SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO {table}%'"),
            n => n > 0, $"an insert into {table} to wait for a lock");

    /// <summary>The first column of every row the query returns, as text.</summary>
    public async Task<List<string>> ListAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetValue(0).ToString()!);
        }

        return values;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await AdminAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    private static async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.PostgresConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
