using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Minor.Platform.Identity.Data;
using Minor.Platform.Identity.Domain;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Identity.Features.Accounts;

/// <summary>Puts the same platform claims in the sign-in cookie as <see cref="Tokens.TokenPrincipalFactory"/> puts in tokens.</summary>
public sealed class PlatformClaimsPrincipalFactory(
    UserManager<PlatformUser> users,
    RoleManager<PlatformRole> roles,
    IOptions<IdentityOptions> options,
    IdentityModuleDbContext db)
    : UserClaimsPrincipalFactory<PlatformUser, PlatformRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PlatformUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PlatformClaimTypes.Name, user.FullName));
        if (user.InstitutionId is { } institutionId)
        {
            identity.AddClaim(new Claim(PlatformClaimTypes.InstitutionId, institutionId.ToString()));
            var code = await db.Institutions.Where(i => i.Id == institutionId).Select(i => i.Code).FirstAsync();
            identity.AddClaim(new Claim(PlatformClaimTypes.InstitutionCode, code));
        }

        return identity;
    }
}
