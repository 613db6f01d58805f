using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Minor.Platform.Identity.Data;
using Minor.Platform.SharedKernel.Privacy;

namespace Minor.Platform.Identity.Features.Accounts;

/// <summary>The account: names, address, hogeschool, roles, sign-in history counters. Never the password hash.</summary>
public sealed class AccountPersonalData(IdentityModuleDbContext db, UserManager<Domain.PlatformUser> users) : IPersonalDataSource
{
    public string Module => "identity";

    public async Task<PersonalData> CollectAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == subject.UserId, cancellationToken);
        if (user is null)
        {
            return PersonalData.Of(Array.Empty<object>());
        }

        var institution = await db.Institutions.AsNoTracking().Where(i => i.Id == user.InstitutionId).Select(i => i.Name).FirstOrDefaultAsync(cancellationToken);
        return PersonalData.Of(new
        {
            user.Id,
            user.Email,
            user.FirstName,
            user.LastName,
            Institution = institution,
            Roles = await users.GetRolesAsync(user),
            user.EmailConfirmed,
            user.AccessFailedCount,
            user.LockoutEnd,
        });
    }
}
