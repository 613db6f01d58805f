using Microsoft.EntityFrameworkCore.Design;
using Minor.Platform.SharedKernel.Data;

namespace Minor.Platform.Certificates.Data;

/// <summary>Lets `dotnet ef` build this module's model on its own (etc/add-migration.sh).</summary>
public sealed class CertificatesDbContextFactory : IDesignTimeDbContextFactory<CertificatesDbContext>
{
    public CertificatesDbContext CreateDbContext(string[] args) =>
        new(DesignTimeDatabase.Options<CertificatesDbContext>(CertificatesDbContext.SchemaName));
}
