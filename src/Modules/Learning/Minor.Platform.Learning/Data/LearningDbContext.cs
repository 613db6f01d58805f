using Microsoft.EntityFrameworkCore;
using Minor.Platform.Learning.Domain;
using Minor.Platform.SharedKernel.Data;

namespace Minor.Platform.Learning.Data;

public sealed class LearningDbContext(DbContextOptions<LearningDbContext> options)
    : ModuleDbContext(options)
{
    public const string SchemaName = "learning";

    protected override string Schema => SchemaName;

    public DbSet<CourseSection> Sections => Set<CourseSection>();

    public DbSet<Material> Materials => Set<Material>();

    public DbSet<ScheduledSession> Sessions => Set<ScheduledSession>();

    public DbSet<Announcement> Announcements => Set<Announcement>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CourseSection>(section =>
        {
            section.HasIndex(s => new { s.CohortId, s.CourseCode, s.Position });
            section.Property(s => s.CourseCode).HasMaxLength(16);
            section.Property(s => s.Title).HasMaxLength(200);
            section.Property(s => s.Body).HasMaxLength(20000);
            section.HasMany(s => s.Materials).WithOne().HasForeignKey(m => m.SectionId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Material>(material =>
        {
            material.Property(m => m.Id).ValueGeneratedNever();
            material.Property(m => m.Kind).HasConversion<string>().HasMaxLength(8);
            material.Property(m => m.Title).HasMaxLength(200);
            material.Property(m => m.Url).HasMaxLength(2000);
            material.Property(m => m.BlobKey).HasMaxLength(200);
            material.Property(m => m.FileName).HasMaxLength(255);
            material.Property(m => m.ContentType).HasMaxLength(100);
            material.Property(m => m.Sha256).HasMaxLength(64);
        });

        modelBuilder.Entity<ScheduledSession>(session =>
        {
            session.HasIndex(s => new { s.CohortId, s.StartsAt });
            session.Property(s => s.CourseCode).HasMaxLength(16);
            session.Property(s => s.Topic).HasMaxLength(200);
            session.Property(s => s.Place).HasMaxLength(200);
            session.Property(s => s.OnlineUrl).HasMaxLength(2000);
            session.Ignore(s => s.IsCancelled);
        });

        modelBuilder.Entity<Announcement>(announcement =>
        {
            announcement.HasIndex(a => new { a.CohortId, a.PublishedAt });
            announcement.Property(a => a.CourseCode).HasMaxLength(16);
            announcement.Property(a => a.Title).HasMaxLength(200);
            announcement.Property(a => a.Body).HasMaxLength(20000);
        });

        modelBuilder.Entity<Notification>(notification =>
        {
            notification.Property(n => n.Subject).HasMaxLength(300);
            notification.HasMany(n => n.Recipients).WithOne().HasForeignKey(r => r.NotificationId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<NotificationRecipient>(recipient =>
        {
            recipient.Property(r => r.Id).ValueGeneratedNever();
            recipient.Property(r => r.Email).HasMaxLength(256);
            recipient.Property(r => r.Name).HasMaxLength(250);
        });

        modelBuilder.Entity<CalendarFeed>(feed =>
        {
            feed.HasIndex(f => f.Token).IsUnique();
            feed.HasIndex(f => f.UserId);
            feed.Property(f => f.Token).HasMaxLength(64);
            feed.Ignore(f => f.Path);
        });

        base.OnModelCreating(modelBuilder);
    }
}
