using Microsoft.EntityFrameworkCore.Design;
using Minor.Platform.SharedKernel.Data;

namespace Minor.Platform.Tracks.Data;

/// <summary>Lets `dotnet ef` build this module's model on its own (etc/add-migration.sh).</summary>
public sealed class TracksDbContextFactory : IDesignTimeDbContextFactory<TracksDbContext>
{
    public TracksDbContext CreateDbContext(string[] args) =>
        new(DesignTimeDatabase.Options<TracksDbContext>(TracksDbContext.SchemaName));
}
