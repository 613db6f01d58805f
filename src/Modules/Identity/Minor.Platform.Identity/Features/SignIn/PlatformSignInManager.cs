using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Minor.Platform.Identity.Data;
using Minor.Platform.Identity.Domain;

namespace Minor.Platform.Identity.Features.SignIn;

/// <summary>
/// Identity's sign-in, with the platform's own conditions: a deactivated account, or an account of a deactivated
/// hogeschool, cannot sign in by any method (password, school account, refresh token).
/// </summary>
public sealed class PlatformSignInManager(
    UserManager<PlatformUser> users,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<PlatformUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<PlatformUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<PlatformUser> confirmation,
    IdentityModuleDbContext db)
    : SignInManager<PlatformUser>(users, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(PlatformUser user)
    {
        if (user.DeactivatedAt is not null)
        {
            return false;
        }

        if (user.InstitutionId is { } institutionId
            && !await db.Institutions.AsNoTracking().AnyAsync(i => i.Id == institutionId && i.IsActive))
        {
            return false;
        }

        return await base.CanSignInAsync(user);
    }
}
