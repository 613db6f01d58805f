using Microsoft.EntityFrameworkCore;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.Identity.Data;
using Minor.Platform.Identity.Domain;

namespace Minor.Platform.Identity.Features;

public sealed class IdentityQueries(IdentityModuleDbContext db) : IIdentityQueries
{
    public Task<InstitutionDto?> FindInstitutionAsync(string code, CancellationToken cancellationToken)
    {
        var normalized = code.Trim().ToLowerInvariant();
        return db.Institutions.AsNoTracking().Where(i => i.Code == normalized)
            .Select(i => new InstitutionDto(i.Id, i.Code, i.Name, i.City))
            .FirstOrDefaultAsync(cancellationToken);
    }

    public Task<InstitutionDto?> GetInstitutionAsync(Guid id, CancellationToken cancellationToken) =>
        db.Institutions.AsNoTracking().Where(i => i.Id == id)
            .Select(i => new InstitutionDto(i.Id, i.Code, i.Name, i.City))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<InstitutionDto>> ListInstitutionsAsync(CancellationToken cancellationToken) =>
        await db.Institutions.AsNoTracking().OrderBy(i => i.Name)
            .Select(i => new InstitutionDto(i.Id, i.Code, i.Name, i.City))
            .ToListAsync(cancellationToken);

    public Task<PersonDto?> FindPersonAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = email.Trim().ToUpperInvariant();
        return db.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalized)
            .Select(u => new PersonDto(u.Id, u.Email!, u.FirstName, u.LastName, u.InstitutionId))
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<PersonDto>> ListPeopleInRoleAsync(Guid institutionId, string role, CancellationToken cancellationToken)
    {
        var normalizedRole = role.ToUpperInvariant();
        return await db.Users.AsNoTracking()
            .Where(u => u.InstitutionId == institutionId
                        && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == normalizedRole)))
            .OrderBy(DutchOrder).ThenBy(u => u.Id)
            .Select(u => new PersonDto(u.Id, u.Email!, u.FirstName, u.LastName, u.InstitutionId))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, PersonDto>> GetPeopleAsync(
        IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, PersonDto>();
        }

        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new PersonDto(u.Id, u.Email!, u.FirstName, u.LastName, u.InstitutionId))
            .ToDictionaryAsync(p => p.Id, cancellationToken);
    }

    public async Task<IReadOnlyList<Guid>> OrderByNameAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? []
            : await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
                .OrderBy(DutchOrder).ThenBy(u => u.Id).Select(u => u.Id).ToListAsync(cancellationToken);

    /// <summary>
    /// People in Dutch order: by their sort key, compared byte by byte (PostgreSQL's "C" collation; SQLite compares so by
    /// default), whatever collation the database was created with.
    /// </summary>
    private System.Linq.Expressions.Expression<Func<PlatformUser, string>> DutchOrder =>
        db.Database.IsNpgsql() ? u => EF.Functions.Collate(u.SortName, "C") : u => u.SortName;
}
