namespace Minor.Platform.SharedKernel.Data;

/// <summary>One module's database, as the host sees it at start-up and in health checks.</summary>
public interface IModuleDatabase
{
    string Name { get; }

    /// <summary>
    /// Applies migrations on PostgreSQL; on SQLite (the embedded default) creates the schema from the model when the file
    /// is new, and stamps it with the model it was made for.
    /// </summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>True for an embedded SQLite file made by another version of the platform, whose schema no longer fits.</summary>
    Task<bool> HoldsAnOlderModelAsync(CancellationToken cancellationToken);

    /// <summary>Moves the embedded SQLite file aside (renamed, never deleted); returns its new path, or null on PostgreSQL.</summary>
    string? SetAside(DateTimeOffset now);

    Task<bool> CanConnectAsync(CancellationToken cancellationToken);
}
