using Microsoft.EntityFrameworkCore;
using Minor.Platform.SharedKernel.Data;
using Minor.Platform.Tracks.Domain;

namespace Minor.Platform.Tracks.Data;

public sealed class TracksDbContext(DbContextOptions<TracksDbContext> options)
    : ModuleDbContext(options)
{
    public const string SchemaName = "tracks";

    protected override string Schema => SchemaName;

    /// <summary>How often this context has saved: reads remembered within a request (TracksQueries) are forgotten after a save.</summary>
    public int Saves { get; private set; }

    /// <summary>The curriculum version a cohort follows: its modules make its students' plans and what they may be exempted from.</summary>
    public Task<int> CurriculumVersionOfAsync(Guid cohortId, CancellationToken cancellationToken) =>
        Cohorts.IgnoreQueryFilters().Where(c => c.Id == cohortId).Select(c => c.CurriculumVersion).FirstAsync(cancellationToken);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        Saves++;
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        Saves++;
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public DbSet<Track> Tracks => Set<Track>();

    public DbSet<Cohort> Cohorts => Set<Cohort>();

    public DbSet<Enrolment> Enrolments => Set<Enrolment>();

    public DbSet<MinorCompletion> MinorCompletions => Set<MinorCompletion>();

    public DbSet<Exemption> Exemptions => Set<Exemption>();

    public DbSet<StudyPlanItem> StudyPlanItems => Set<StudyPlanItem>();

    public DbSet<ExemptionRequest> ExemptionRequests => Set<ExemptionRequest>();

    public DbSet<ExemptionEvidence> ExemptionEvidence => Set<ExemptionEvidence>();

    private static readonly System.Text.Json.JsonSerializerOptions DefinitionJson = new(System.Text.Json.JsonSerializerDefaults.Web);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Track>(track =>
        {
            track.HasIndex(t => t.Code).IsUnique();
            track.Property(t => t.Code).HasMaxLength(16);
            track.Property(t => t.Name).HasMaxLength(200);
            track.Property(t => t.NameEn).HasMaxLength(200);
            track.Property(t => t.Definition).HasConversion(
                d => System.Text.Json.JsonSerializer.Serialize(d, DefinitionJson),
                json => System.Text.Json.JsonSerializer.Deserialize<TrackDefinition>(json, DefinitionJson) ?? TrackDefinition.Regular);
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

        modelBuilder.Entity<ExemptionRequest>(request =>
        {
            request.HasIndex(r => new { r.StudentId, r.CourseCode });
            request.Property(r => r.CourseCode).HasMaxLength(16);
            request.Property(r => r.Motivation).HasMaxLength(4000);
            request.Property(r => r.Decision).HasConversion<string>().HasMaxLength(16);
            request.HasMany(r => r.Evidence).WithOne().HasForeignKey(e => e.RequestId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ExemptionEvidence>(evidence =>
        {
            evidence.Property(e => e.Id).ValueGeneratedNever();
            evidence.Property(e => e.Name).HasMaxLength(255);
            evidence.Property(e => e.ContentType).HasMaxLength(100);
            evidence.Property(e => e.Sha256).HasMaxLength(64);
            evidence.Ignore(e => e.BlobKey);
        });

        modelBuilder.Entity<StudyPlanItem>(item =>
        {
            item.HasIndex(i => new { i.CohortId, i.StudentId, i.Code }).IsUnique();
            item.HasIndex(i => i.StudentId);
            item.Property(i => i.Code).HasMaxLength(16);
            item.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
            item.Property(i => i.Ec).HasPrecision(4, 1);
            item.Property(i => i.Note).HasMaxLength(500);
            item.Property(i => i.NoteEn).HasMaxLength(500);
        });

        base.OnModelCreating(modelBuilder);
    }
}
