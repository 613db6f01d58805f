using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Minor.Platform.Identity.Data;
using Minor.Platform.Identity.Domain;

namespace Minor.Platform.Identity.Features.SignIn;

/// <summary>The account behind a right password, or the reason (a localisation key) why not.</summary>
public sealed record PasswordCheck(PlatformUser? User, string? Refusal);

/// <summary>
/// Checks a password the same way for the login page and the password grant. A wrong password, an unknown address
/// and a locked account get one message and take the same time (an unknown address is hashed against a stand-in),
/// so the answer does not tell which addresses have an account. Only after a right password does it say more: that
/// the account is switched off, or that the person's hogeschool signs in with the school account only.
/// </summary>
public sealed class PasswordSignIn(
    UserManager<PlatformUser> users,
    SignInManager<PlatformUser> signIn,
    IPasswordHasher<PlatformUser> hasher,
    IdentityModuleDbContext db)
{
    private static readonly Lazy<(PlatformUser User, string Hash)> StandIn = new(() =>
    {
        var user = new PlatformUser("stand-in@minor.invalid", "Stand", "In", null);
        return (user, new PasswordHasher<PlatformUser>().HashPassword(user, Guid.NewGuid().ToString("N")));
    });

    public async Task<PasswordCheck> CheckAsync(string email, string password)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null || !await users.HasPasswordAsync(user))
        {
            hasher.VerifyHashedPassword(StandIn.Value.User, StandIn.Value.Hash, password);
            return new PasswordCheck(null, "Login:Failed");
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.IsNotAllowed || result.IsLockedOut)
        {
            // Refused before the password was hashed: hash it now, so the answer takes as long as any other.
            var right = await users.CheckPasswordAsync(user, password);
            return new PasswordCheck(null, right && result.IsNotAllowed ? "Login:AccountDeactivated" : "Login:Failed");
        }

        if (!result.Succeeded)
        {
            return new PasswordCheck(null, "Login:Failed");
        }

        if (user.InstitutionId is { } institutionId
            && await db.Institutions.AsNoTracking().AnyAsync(i => i.Id == institutionId && !i.AllowsPasswordSignIn))
        {
            return new PasswordCheck(null, "Login:SchoolAccountOnly");
        }

        return new PasswordCheck(user, null);
    }
}
