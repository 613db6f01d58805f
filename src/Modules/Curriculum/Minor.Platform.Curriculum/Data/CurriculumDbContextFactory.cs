using Microsoft.EntityFrameworkCore.Design;
using Minor.Platform.SharedKernel.Data;

namespace Minor.Platform.Curriculum.Data;

/// <summary>Lets `dotnet ef` build this module's model on its own (etc/add-migration.sh).</summary>
public sealed class CurriculumDbContextFactory : IDesignTimeDbContextFactory<CurriculumDbContext>
{
    public CurriculumDbContext CreateDbContext(string[] args) =>
        new(DesignTimeDatabase.Options<CurriculumDbContext>(CurriculumDbContext.SchemaName));
}
