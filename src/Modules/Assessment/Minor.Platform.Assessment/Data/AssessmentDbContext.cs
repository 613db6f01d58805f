using Microsoft.EntityFrameworkCore;
using Minor.Platform.Assessment.Domain;
using Minor.Platform.SharedKernel.Data;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Assessment.Data;

public sealed class AssessmentDbContext(DbContextOptions<AssessmentDbContext> options, ICurrentUser currentUser)
    : ModuleDbContext(options, currentUser)
{
    public const string SchemaName = "assessment";

    protected override string Schema => SchemaName;

    public DbSet<ModuleResult> ModuleResults => Set<ModuleResult>();

    public DbSet<GradeAuditEntry> GradeAudit => Set<GradeAuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ModuleResult>(result =>
        {
            result.HasIndex(r => new { r.CohortId, r.CourseCode, r.StudentId }).IsUnique();
            result.HasIndex(r => r.StudentId);
            result.Property(r => r.CourseCode).HasMaxLength(16);
            result.Property(r => r.Grade).HasPrecision(3, 1);
            result.Ignore(r => r.Passed);
        });

        modelBuilder.Entity<GradeAuditEntry>(entry =>
        {
            entry.HasIndex(e => e.ResultId);
            entry.Property(e => e.OldGrade).HasPrecision(3, 1);
            entry.Property(e => e.NewGrade).HasPrecision(3, 1);
            entry.Property(e => e.Reason).HasMaxLength(1000);
        });

        base.OnModelCreating(modelBuilder);
    }
}
