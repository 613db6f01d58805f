using Microsoft.EntityFrameworkCore.Design;
using Minor.Platform.SharedKernel.Data;

namespace Minor.Platform.Learning.Data;

/// <summary>Lets `dotnet ef` build this module's model on its own (etc/add-migration.sh).</summary>
public sealed class LearningDbContextFactory : IDesignTimeDbContextFactory<LearningDbContext>
{
    public LearningDbContext CreateDbContext(string[] args) =>
        new(DesignTimeDatabase.Options<LearningDbContext>(LearningDbContext.SchemaName));
}
