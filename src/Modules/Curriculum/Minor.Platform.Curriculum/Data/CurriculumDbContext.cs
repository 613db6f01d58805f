using Microsoft.EntityFrameworkCore;
using Minor.Platform.Curriculum.Domain;
using Minor.Platform.SharedKernel.Data;

namespace Minor.Platform.Curriculum.Data;

public sealed class CurriculumDbContext(DbContextOptions<CurriculumDbContext> options)
    : ModuleDbContext(options)
{
    public const string SchemaName = "curriculum";

    protected override string Schema => SchemaName;

    public DbSet<CurriculumVersion> Versions => Set<CurriculumVersion>();

    public DbSet<Course> Courses => Set<Course>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CurriculumVersion>(version =>
        {
            version.HasIndex(v => v.Number).IsUnique();
            version.Property(v => v.Title).HasMaxLength(200);
            version.Property(v => v.TitleEn).HasMaxLength(200);
            version.Ignore(v => v.TotalEc);
            version.HasMany(v => v.Courses).WithOne().HasForeignKey(c => c.VersionId);
        });

        modelBuilder.Entity<Course>(course =>
        {
            course.HasIndex(c => new { c.VersionId, c.Code }).IsUnique();
            course.Property(c => c.Code).HasMaxLength(16);
            course.Property(c => c.Title).HasMaxLength(200);
            course.Property(c => c.TitleEn).HasMaxLength(200);
            course.Property(c => c.Ec).HasPrecision(4, 1);
            course.HasMany(c => c.LearningOutcomes).WithOne().HasForeignKey("CourseId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<LearningOutcome>(outcome =>
        {
            outcome.Property(o => o.Id).ValueGeneratedNever();
            outcome.Property(o => o.Code).HasMaxLength(16);
            outcome.Property(o => o.Description).HasMaxLength(1000);
            outcome.Property(o => o.DescriptionEn).HasMaxLength(1000);
        });

        base.OnModelCreating(modelBuilder);
    }
}
