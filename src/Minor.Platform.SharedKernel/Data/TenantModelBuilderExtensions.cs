using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.SharedKernel.Data;

public static class TenantModelBuilderExtensions
{
    /// <summary>
    /// Adds the tenant filter to every <see cref="ITenantOwned"/> entity: a row is visible only when its hogeschool is
    /// the caller's. Callers without a hogeschool (anonymous, national roles, jobs) see no tenant rows unless a named,
    /// audited query of the owning module asks for them with IgnoreQueryFilters.
    /// </summary>
    public static void ApplyTenantFilters(this ModelBuilder builder, ITenantFilterSource source)
    {
        foreach (var entityType in builder.Model.GetEntityTypes())
        {
            if (!typeof(ITenantOwned).IsAssignableFrom(entityType.ClrType) || entityType.BaseType is not null)
            {
                continue;
            }

            var row = Expression.Parameter(entityType.ClrType, "row");
            var rowInstitution = Expression.Convert(
                Expression.Property(row, nameof(ITenantOwned.InstitutionId)), typeof(Guid?));
            var callerInstitution = Expression.Property(
                Expression.Constant(source), nameof(ITenantFilterSource.CurrentInstitutionId));
            var filter = Expression.Lambda(Expression.Equal(rowInstitution, callerInstitution), row);
            builder.Entity(entityType.ClrType).HasQueryFilter(filter);
        }
    }
}
