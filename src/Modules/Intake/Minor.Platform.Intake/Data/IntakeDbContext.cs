using Microsoft.EntityFrameworkCore;
using Minor.Platform.Intake.Domain;
using Minor.Platform.SharedKernel.Data;
using Minor.Platform.SharedKernel.Privacy;

namespace Minor.Platform.Intake.Data;

public sealed class IntakeDbContext(DbContextOptions<IntakeDbContext> options)
    : ModuleDbContext(options)
{
    public const string SchemaName = "intake";

    protected override string Schema => SchemaName;

    public DbSet<Application> Applications => Set<Application>();

    public DbSet<ApplicationStep> ApplicationSteps => Set<ApplicationStep>();

    public DbSet<RetentionLogEntry> RetentionLog => Set<RetentionLogEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Application>(application =>
        {
            application.Property(a => a.FirstName).HasMaxLength(100);
            application.Property(a => a.LastName).HasMaxLength(100);
            application.Property(a => a.Email).HasMaxLength(254);
            application.Property(a => a.TrackCode).HasMaxLength(16);
            application.Property(a => a.Motivation).HasMaxLength(4000);
            application.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
            application.HasMany(a => a.Steps).WithOne().HasForeignKey(step => step.ApplicationId).OnDelete(DeleteBehavior.Cascade);
            application.HasIndex(a => new { a.InstitutionId, a.SubmittedAt });
            application.HasIndex(a => a.Email);
            application.Property(a => a.SectorKey).HasMaxLength(100);
            application.HasIndex(a => a.Period);
            application.Property(a => a.LegalHoldReason).HasMaxLength(1000);
            application.ComplexProperty(a => a.Background, background =>
            {
                background.Property(b => b.Sector).HasMaxLength(100);
                background.Property(b => b.EducationLevel).HasMaxLength(16);
                background.Property(b => b.Region).HasMaxLength(100);
            });
        });

        modelBuilder.Entity<ApplicationStep>(step =>
        {
            step.Property(s => s.Id).ValueGeneratedNever();
            step.HasIndex(s => new { s.ApplicationId, s.Number }).IsUnique();
            step.Property(s => s.From).HasConversion<string>().HasMaxLength(20);
            step.Property(s => s.To).HasConversion<string>().HasMaxLength(20);
            step.Property(s => s.Note).HasMaxLength(2000);
            step.Property(s => s.Reason).HasMaxLength(1000);
        });

        modelBuilder.Entity<RetentionLogEntry>(entry => entry.Property(e => e.Kind).HasMaxLength(32));

        base.OnModelCreating(modelBuilder);
    }
}
