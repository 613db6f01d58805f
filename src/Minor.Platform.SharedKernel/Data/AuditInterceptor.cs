using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.SharedKernel.Data;

/// <summary>
/// Stamps who and when on every audited row, and the caller's hogeschool on new tenant rows. A write of another
/// hogeschool's row by a caller who belongs to one is a programming error and stops the save.
/// </summary>
public sealed class AuditInterceptor(TimeProvider time) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = time.GetUtcNow();
        var caller = (context as ModuleDbContext)?.CurrentUser ?? NoCurrentUser.Instance;
        var userId = caller.UserId;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.Entity is IAudited audited)
            {
                if (entry.State == EntityState.Added)
                {
                    audited.CreatedAt = now;
                    audited.CreatedBy = userId;
                }
                else if (entry.State == EntityState.Modified)
                {
                    audited.ModifiedAt = now;
                    audited.ModifiedBy = userId;
                }
            }

            if (entry.Entity is ITenantOwned owned && entry.State is EntityState.Added or EntityState.Modified)
            {
                var property = entry.Property(nameof(ITenantOwned.InstitutionId));
                if (owned.InstitutionId == Guid.Empty && caller.InstitutionId is { } institutionId)
                {
                    property.CurrentValue = institutionId;
                }
                else if (caller.InstitutionId is { } own && owned.InstitutionId != own)
                {
                    throw new InvalidOperationException(
                        $"{entry.Metadata.ClrType.Name} of another institution cannot be written by this caller.");
                }
            }
        }
    }
}
