using Microsoft.EntityFrameworkCore;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.SharedKernel.Data;

/// <summary>
/// Base for a module's DbContext: its own schema and the tenant filter on tenant-owned rows. Instances are pooled (see
/// <see cref="ModuleDatabaseExtensions.AddModuleDbContext{TContext}"/>), so the caller is handed over on each rent
/// rather than through the constructor.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options), ITenantFilterSource
{
    protected abstract string Schema { get; }

    /// <summary>Who the current unit of work acts for; nobody (and so no tenant rows) until it is handed over.</summary>
    public ICurrentUser CurrentUser { get; internal set; } = NoCurrentUser.Instance;

    public Guid? CurrentInstitutionId => CurrentUser.InstitutionId;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyTenantFilters(this);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.ApplyProviderConventions(Database);
    }
}
