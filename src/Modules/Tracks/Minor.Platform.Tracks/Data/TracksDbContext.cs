using Microsoft.EntityFrameworkCore;
using Minor.Platform.SharedKernel.Data;
using Minor.Platform.SharedKernel.Tenancy;
using Minor.Platform.Tracks.Domain;

namespace Minor.Platform.Tracks.Data;

public sealed class TracksDbContext(DbContextOptions<TracksDbContext> options, ICurrentUser currentUser)
    : ModuleDbContext(options, currentUser)
{
    public const string SchemaName = "tracks";

    protected override string Schema => SchemaName;

    public DbSet<Track> Tracks => Set<Track>();

    public DbSet<Cohort> Cohorts => Set<Cohort>();

    public DbSet<Enrolment> Enrolments => Set<Enrolment>();

    public DbSet<MinorCompletion> MinorCompletions => Set<MinorCompletion>();

    public DbSet<Exemption> Exemptions => Set<Exemption>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Track>(track =>
        {
            track.HasIndex(t => t.Code).IsUnique();
            track.Property(t => t.Code).HasMaxLength(16);
            track.Property(t => t.Name).HasMaxLength(200);
            track.Property(t => t.NameEn).HasMaxLength(200);
        });

        modelBuilder.Entity<Cohort>(cohort =>
        {
            cohort.HasIndex(c => new { c.InstitutionId, c.Name }).IsUnique();
            cohort.Property(c => c.Name).HasMaxLength(200);
        });

        modelBuilder.Entity<Enrolment>(enrolment =>
        {
            enrolment.HasIndex(e => new { e.CohortId, e.StudentId }).IsUnique();
            enrolment.HasIndex(e => e.StudentId);
            enrolment.Property(e => e.TrackCode).HasMaxLength(16);
            enrolment.HasOne<Cohort>().WithMany().HasForeignKey(e => e.CohortId);
        });

        modelBuilder.Entity<MinorCompletion>(completion =>
        {
            completion.HasIndex(c => new { c.CohortId, c.StudentId }).IsUnique();
            completion.Property(c => c.TotalEc).HasPrecision(4, 1);
        });

        modelBuilder.Entity<Exemption>(exemption =>
        {
            exemption.HasIndex(x => new { x.StudentId, x.CourseCode });
            exemption.Property(x => x.CourseCode).HasMaxLength(16);
            exemption.Property(x => x.Decision).HasConversion<string>().HasMaxLength(16);
            exemption.Property(x => x.Reason).HasMaxLength(1000);
        });

        base.OnModelCreating(modelBuilder);
    }
}
