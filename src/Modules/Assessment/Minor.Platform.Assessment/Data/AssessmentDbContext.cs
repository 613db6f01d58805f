using Microsoft.EntityFrameworkCore;
using Minor.Platform.Assessment.Domain;
using Minor.Platform.SharedKernel.Data;
using Minor.Platform.SharedKernel.Privacy;

namespace Minor.Platform.Assessment.Data;

public sealed class AssessmentDbContext(DbContextOptions<AssessmentDbContext> options)
    : ModuleDbContext(options)
{
    public const string SchemaName = "assessment";

    protected override string Schema => SchemaName;

    public DbSet<AssessmentPlan> Plans => Set<AssessmentPlan>();

    public DbSet<PlannedAssessment> Assessments => Set<PlannedAssessment>();

    public DbSet<ExaminerGrade> ExaminerGrades => Set<ExaminerGrade>();

    public DbSet<StudentGrade> StudentGrades => Set<StudentGrade>();

    public DbSet<ModuleResult> ModuleResults => Set<ModuleResult>();

    public DbSet<GradeAuditEntry> GradeAudit => Set<GradeAuditEntry>();

    public DbSet<ExamRegulation> ExamRegulations => Set<ExamRegulation>();

    public DbSet<HandIn> HandIns => Set<HandIn>();

    public DbSet<HandInFile> HandInFiles => Set<HandInFile>();

    public DbSet<RubricCriterion> RubricCriteria => Set<RubricCriterion>();

    public DbSet<LegalHold> LegalHolds => Set<LegalHold>();

    public DbSet<RetentionLogEntry> RetentionLog => Set<RetentionLogEntry>();

    /// <summary>Students of any hogeschool under a legal hold now; retention in every module keeps their records.</summary>
    public async Task<List<Guid>> StudentsUnderLegalHoldAsync(CancellationToken cancellationToken) =>
        await LegalHolds.IgnoreQueryFilters().Where(h => h.LiftedAt == null).Select(h => h.StudentId).Distinct().ToListAsync(cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AssessmentPlan>(plan =>
        {
            plan.HasIndex(p => new { p.CohortId, p.CourseCode }).IsUnique();
            plan.Property(p => p.CourseCode).HasMaxLength(16);
            plan.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        });

        modelBuilder.Entity<PlannedAssessment>(assessment =>
        {
            assessment.HasIndex(a => a.PlanId);
            assessment.HasIndex(a => new { a.CohortId, a.CourseCode });
            assessment.Property(a => a.CourseCode).HasMaxLength(16);
            assessment.Property(a => a.Title).HasMaxLength(200);
            assessment.Property(a => a.Type).HasConversion<string>().HasMaxLength(32);
            assessment.Property(a => a.Scale).HasConversion<string>().HasMaxLength(16);
            assessment.Property(a => a.FinalRule).HasConversion<string>().HasMaxLength(24);
            assessment.Property(a => a.Weight).HasPrecision(4, 1);
            assessment.Property(a => a.MinimumGrade).HasPrecision(3, 1);
            assessment.Property(a => a.CalibrationMargin).HasPrecision(3, 1);
            assessment.Property(a => a.LateHandIn).HasConversion<string>().HasMaxLength(16);
            assessment.Ignore(a => a.IsWeighted);
        });

        modelBuilder.Entity<ExaminerGrade>(grade =>
        {
            grade.HasIndex(g => new { g.AssessmentId, g.StudentId, g.ExaminerId }).IsUnique();
            grade.HasIndex(g => g.ExaminerId);
            grade.Property(g => g.Grade).HasPrecision(3, 1);
            grade.Property(g => g.Feedback).HasMaxLength(4000);
            grade.Property(g => g.ProposedGrade).HasPrecision(3, 1);
            grade.OwnsMany(g => g.RubricScores, score => score.ToJson());
            grade.Ignore(g => g.Mark);
        });

        modelBuilder.Entity<StudentGrade>(grade =>
        {
            grade.HasIndex(g => new { g.AssessmentId, g.StudentId }).IsUnique();
            grade.HasIndex(g => new { g.CohortId, g.CourseCode, g.StudentId });
            grade.HasIndex(g => g.StudentId);
            grade.Property(g => g.CourseCode).HasMaxLength(16);
            grade.Property(g => g.State).HasConversion<string>().HasMaxLength(24);
            grade.Property(g => g.Grade).HasPrecision(3, 1);
            grade.Ignore(g => g.Mark);
            grade.Ignore(g => g.IsPublished);
        });

        modelBuilder.Entity<ModuleResult>(result =>
        {
            result.HasIndex(r => new { r.CohortId, r.CourseCode, r.StudentId }).IsUnique();
            result.HasIndex(r => r.StudentId);
            result.Property(r => r.CourseCode).HasMaxLength(16);
            result.Property(r => r.Grade).HasPrecision(3, 1);
            result.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(16);
            result.Property(r => r.Code).HasMaxLength(4);
            result.Ignore(r => r.Passed);
        });

        modelBuilder.Entity<GradeAuditEntry>(entry =>
        {
            entry.HasIndex(e => e.StudentId);
            entry.HasIndex(e => e.AssessmentId);
            entry.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
            entry.Property(e => e.OldGrade).HasPrecision(3, 1);
            entry.Property(e => e.NewGrade).HasPrecision(3, 1);
            entry.Property(e => e.Reason).HasMaxLength(1000);
        });

        modelBuilder.Entity<HandIn>(handIn =>
        {
            handIn.HasIndex(h => new { h.AssessmentId, h.StudentId });
            handIn.HasIndex(h => h.StudentId);
            handIn.HasMany(h => h.Files).WithOne().HasForeignKey(f => f.HandInId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<HandInFile>(file =>
        {
            file.Property(f => f.Name).HasMaxLength(120);
            file.Property(f => f.ContentType).HasMaxLength(100);
            file.Property(f => f.Sha256).HasMaxLength(64);
            file.Property(f => f.BlobKey).HasMaxLength(200);
        });

        modelBuilder.Entity<RubricCriterion>(criterion =>
        {
            criterion.HasIndex(c => c.AssessmentId);
            criterion.Property(c => c.Title).HasMaxLength(200);
            criterion.Property(c => c.LearningOutcomeCode).HasMaxLength(16);
            criterion.OwnsMany(c => c.Levels, level => level.ToJson());
            criterion.Ignore(c => c.MaxPoints);
        });

        modelBuilder.Entity<LegalHold>(hold =>
        {
            hold.HasIndex(h => h.StudentId);
            hold.Property(h => h.Reason).HasMaxLength(1000);
            hold.Ignore(h => h.Active);
        });

        modelBuilder.Entity<RetentionLogEntry>(entry => entry.Property(e => e.Kind).HasMaxLength(32));

        modelBuilder.Entity<ExamRegulation>(regulation =>
        {
            regulation.HasKey(r => r.InstitutionId);
            regulation.Property(r => r.ModuleResultRounding).HasConversion<string>().HasMaxLength(24);
        });

        base.OnModelCreating(modelBuilder);
    }
}
