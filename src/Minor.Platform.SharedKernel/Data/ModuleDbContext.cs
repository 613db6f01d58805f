using Microsoft.EntityFrameworkCore;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.SharedKernel.Data;

/// <summary>Base for a module's DbContext: its own schema and the tenant filter on tenant-owned rows.</summary>
public abstract class ModuleDbContext(DbContextOptions options, ICurrentUser currentUser)
    : DbContext(options), ITenantFilterSource
{
    protected abstract string Schema { get; }

    public Guid? CurrentInstitutionId => currentUser.InstitutionId;

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
