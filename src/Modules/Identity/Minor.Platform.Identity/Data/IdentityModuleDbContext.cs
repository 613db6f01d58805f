using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Minor.Platform.Identity.Domain;
using Minor.Platform.SharedKernel.Data;

namespace Minor.Platform.Identity.Data;

/// <summary>
/// Users, roles, institutions and the OpenIddict stores, in schema "identity". Users are not filtered by tenant here:
/// sign-in must find them; every query of this module scopes them explicitly.
/// </summary>
public sealed class IdentityModuleDbContext(DbContextOptions<IdentityModuleDbContext> options)
    : IdentityDbContext<PlatformUser, PlatformRole, Guid>(options), IDataProtectionKeyContext
{
    public const string Schema = "identity";

    public DbSet<Institution> Institutions => Set<Institution>();

    public DbSet<FederatedLinkRequest> FederatedLinkRequests => Set<FederatedLinkRequest>();

    public DbSet<AdministrationLogEntry> AdministrationLog => Set<AdministrationLogEntry>();

    /// <summary>The Data Protection key ring (sign-in cookies, antiforgery, activation tokens), shared by every node.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasDefaultSchema(Schema);
        builder.UseOpenIddict<Guid>();

        builder.Entity<Institution>(institution =>
        {
            institution.HasIndex(i => i.Code).IsUnique();
            institution.Property(i => i.Code).HasMaxLength(32);
            institution.Property(i => i.Name).HasMaxLength(200);
            institution.Property(i => i.City).HasMaxLength(100);
            institution.Property(i => i.SchacHomeOrganization).HasMaxLength(100);
            institution.HasIndex(i => i.SchacHomeOrganization).IsUnique();
            institution.Property(i => i.RequiredAssurance).HasMaxLength(200);
        });

        builder.Entity<FederatedLinkRequest>(request =>
        {
            request.Property(r => r.Scheme).HasMaxLength(32);
            request.Property(r => r.Email).HasMaxLength(256);
            request.Property(r => r.CodeHash).HasMaxLength(64);
            request.HasIndex(r => r.ExpiresAt);
        });

        builder.Entity<AdministrationLogEntry>(entry =>
        {
            entry.ToTable("administration_log");
            entry.Property(e => e.ActorName).HasMaxLength(220);
            entry.Property(e => e.Action).HasMaxLength(64);
            entry.Property(e => e.Subject).HasMaxLength(256);
            entry.HasIndex(e => e.At);
            entry.HasIndex(e => new { e.InstitutionId, e.At });
        });

        builder.Entity<PlatformUser>(user =>
        {
            user.Property(u => u.FirstName).HasMaxLength(100);
            user.Property(u => u.LastName).HasMaxLength(100);
            user.Property(u => u.SortName).HasMaxLength(220);
            user.HasIndex(u => u.InstitutionId);
            user.Ignore(u => u.FullName);
        });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.ApplyProviderConventions(Database);
    }
}
