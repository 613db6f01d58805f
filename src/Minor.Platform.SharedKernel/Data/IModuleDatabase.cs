namespace Minor.Platform.SharedKernel.Data;

/// <summary>One module's database, as the host sees it at start-up and in health checks.</summary>
public interface IModuleDatabase
{
    string Name { get; }

    /// <summary>Applies migrations on PostgreSQL; creates the schema from the model on SQLite.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    Task<bool> CanConnectAsync(CancellationToken cancellationToken);
}
