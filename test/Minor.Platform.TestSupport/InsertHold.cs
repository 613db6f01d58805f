using Npgsql;

namespace Minor.Platform.TestSupport;

/// <summary>
/// Stops the platform's writes into one table at a chosen row, for crash tests that kill the process at that moment:
/// a trigger makes the insert of the first matching row wait for an advisory lock that this hold keeps on a connection
/// of its own (unpooled, so closing it ends the lock). Disposing lets the insert go on and removes the trigger.
/// </summary>
public sealed class InsertHold : IAsyncDisposable
{
    private const int Lock = 4242;
    private readonly TestDatabase _database;
    private readonly string _table;
    private readonly NpgsqlConnection _holder;

    private InsertHold(TestDatabase database, string table, NpgsqlConnection holder)
    {
        _database = database;
        _table = table;
        _holder = holder;
    }

    /// <summary>Holds inserts into <paramref name="table"/> (schema-qualified) at the first row for which <paramref name="condition"/> (on NEW) holds.</summary>
    public static async Task<InsertHold> CreateAsync(TestDatabase database, string table, string condition = "true")
    {
        await database.ScalarAsync($"""
            CREATE OR REPLACE FUNCTION test_insert_hold() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_advisory_xact_lock({Lock}); RETURN NEW; END $$;
            CREATE TRIGGER test_insert_hold BEFORE INSERT ON {table} FOR EACH ROW WHEN ({condition}) EXECUTE FUNCTION test_insert_hold();
            """);
        var holder = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString);
        await holder.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT pg_advisory_lock({Lock})", holder);
        await command.ExecuteNonQueryAsync();
        return new InsertHold(database, table, holder);
    }

    /// <summary>Waits until the platform's insert is waiting at the held row.</summary>
    public Task UntilHeldAsync() => TestDatabase.UntilAnInsertWaitsAsync(_database.ConnectionString, _table);

    public async ValueTask DisposeAsync()
    {
        await _holder.DisposeAsync();
        await _database.ScalarAsync($"DROP TRIGGER test_insert_hold ON {_table}");
    }
}
