using Microsoft.EntityFrameworkCore;
using Minor.Platform.Certificates.Domain;
using Minor.Platform.SharedKernel.Data;
using Minor.Platform.SharedKernel.Privacy;

namespace Minor.Platform.Certificates.Data;

public sealed class CertificatesDbContext(DbContextOptions<CertificatesDbContext> options)
    : ModuleDbContext(options)
{
    public const string SchemaName = "certificates";

    protected override string Schema => SchemaName;

    public DbSet<Certificate> Certificates => Set<Certificate>();

    public DbSet<CertificateAuditEntry> Audit => Set<CertificateAuditEntry>();

    public DbSet<BulkIssue> BulkIssues => Set<BulkIssue>();

    public DbSet<RetentionLogEntry> RetentionLog => Set<RetentionLogEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Certificate>(certificate =>
        {
            // One live certificate per student and subject; replaced ones stay for verification.
            certificate.HasIndex(c => new { c.StudentId, c.Kind, c.SubjectKey }).IsUnique().HasFilter("replaced_by_id IS NULL");
            certificate.HasIndex(c => new { c.InstitutionId, c.Status });
            // A student's certificates (their home, their list, the data export): the unique index above is partial, so
            // it cannot serve a query that does not repeat its filter.
            certificate.HasIndex(c => c.StudentId);
            certificate.HasIndex(c => c.VerificationCode).IsUnique();
            certificate.Property(c => c.Kind).HasMaxLength(16);
            certificate.Property(c => c.SubjectKey).HasMaxLength(32);
            certificate.Property(c => c.Title).HasMaxLength(300);
            certificate.Property(c => c.HolderName).HasMaxLength(250);
            certificate.Property(c => c.InstitutionName).HasMaxLength(200);
            certificate.Property(c => c.SignatoryName).HasMaxLength(250);
            certificate.Property(c => c.VerificationCode).HasMaxLength(16);
            certificate.Property(c => c.PdfBlobKey).HasMaxLength(200);
            certificate.Property(c => c.PdfSha256).HasMaxLength(64);
            certificate.Property(c => c.Ec).HasPrecision(4, 1);
            certificate.Property(c => c.Grade).HasPrecision(3, 1);
            certificate.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
            certificate.Property(c => c.Language).HasMaxLength(2);
            certificate.Property(c => c.RevocationReason).HasMaxLength(1000);
            certificate.Property(c => c.ReplacedByCode).HasMaxLength(16);
            certificate.Property(c => c.LastRenderError).HasMaxLength(1000);
            certificate.Ignore(c => c.Snapshot);
        });

        modelBuilder.Entity<CertificateAuditEntry>(entry =>
        {
            entry.HasIndex(e => e.CertificateId);
            entry.Property(e => e.Action).HasMaxLength(16);
            entry.Property(e => e.Reason).HasMaxLength(1000);
        });

        modelBuilder.Entity<BulkIssue>(bulk => bulk.HasIndex(b => b.CohortId));

        modelBuilder.Entity<RetentionLogEntry>(entry => entry.Property(e => e.Kind).HasMaxLength(32));

        base.OnModelCreating(modelBuilder);
    }
}
