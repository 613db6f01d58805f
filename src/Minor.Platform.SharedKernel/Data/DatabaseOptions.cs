namespace Minor.Platform.SharedKernel.Data;

/// <summary>Where the modules keep their data: PostgreSQL when a connection string is set, SQLite files otherwise.</summary>
public sealed class DatabaseOptions
{
    public string? ConnectionString { get; init; }

    /// <summary>Folder for SQLite files and file-system blobs in the embedded default.</summary>
    public required string DataFolder { get; init; }

    public bool IsPostgres => !string.IsNullOrWhiteSpace(ConnectionString);
}
