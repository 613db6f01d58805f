using Microsoft.EntityFrameworkCore.Design;
using Minor.Platform.SharedKernel.Data;

namespace Minor.Platform.Identity.Data;

/// <summary>Lets `dotnet ef` build this module's model on its own (etc/add-migration.sh).</summary>
public sealed class IdentityModuleDbContextFactory : IDesignTimeDbContextFactory<IdentityModuleDbContext>
{
    public IdentityModuleDbContext CreateDbContext(string[] args) =>
        new(DesignTimeDatabase.Options<IdentityModuleDbContext>(IdentityModuleDbContext.Schema));
}
