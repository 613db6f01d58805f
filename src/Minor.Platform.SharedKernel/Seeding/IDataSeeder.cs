namespace Minor.Platform.SharedKernel.Seeding;

/// <summary>Loads a module's seed files. Runs at every start, so it must be idempotent.</summary>
public interface IDataSeeder
{
    /// <summary>Lower runs first: institutions before cohorts before accounts.</summary>
    int Order { get; }

    Task SeedAsync(SeedContext context, CancellationToken cancellationToken);
}
