using Microsoft.EntityFrameworkCore;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.Identity.Data;

namespace Minor.Platform.Identity.Features.Staff;

public sealed record StaffMember(Guid Id, string Email, string FirstName, string LastName, IReadOnlyList<string> Roles, bool Active, bool Activated)
{
    public string FullName => $"{FirstName} {LastName}".Trim();
}

/// <summary>The people of a hogeschool who hold a staff role, in Dutch name order, with their roles.</summary>
public sealed class StaffList(IdentityModuleDbContext db)
{
    public async Task<IReadOnlyList<StaffMember>> ListAsync(Guid institutionId, CancellationToken cancellationToken)
    {
        var staffRoles = RoleGrants.HogeschoolRoles.Select(r => r.ToUpperInvariant()).ToList();
        var rows = await (
                from user in db.Users.AsNoTracking()
                where user.InstitutionId == institutionId
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join role in db.Roles on userRole.RoleId equals role.Id
                where staffRoles.Contains(role.NormalizedName!)
                select new
                {
                    user.Id, user.Email, user.FirstName, user.LastName, user.SortName, Role = role.Name!, user.DeactivatedAt,
                    Activated = user.PasswordHash != null || db.UserLogins.Any(l => l.UserId == user.Id),
                })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Id)
            .Select(g =>
            {
                var first = g.First();
                var member = new StaffMember(first.Id, first.Email!, first.FirstName, first.LastName, g.Select(r => r.Role).Order().ToList(),
                    first.DeactivatedAt is null, first.Activated);
                return (first.SortName, member);
            })
            .OrderBy(m => m.SortName, StringComparer.Ordinal)
            .Select(m => m.member)
            .ToList();
    }
}
