using System.Collections.Immutable;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Minor.Platform.Identity.Domain;
using Minor.Platform.SharedKernel.Tenancy;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Minor.Platform.Identity.Features.Tokens;

/// <summary>Builds the principal OpenIddict turns into tokens, with the claims the API reads.</summary>
public sealed class TokenPrincipalFactory(UserManager<PlatformUser> users, SignInManager<PlatformUser> signIn)
{
    public async Task<ClaimsPrincipal> ForUserAsync(PlatformUser user, ImmutableArray<string> scopes)
    {
        var cookiePrincipal = await signIn.CreateUserPrincipalAsync(user);
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Id.ToString())
            .SetClaim(Claims.Email, user.Email)
            .SetClaim(Claims.Name, user.FullName)
            .SetClaim(PlatformClaimTypes.InstitutionId, cookiePrincipal.FindFirst(PlatformClaimTypes.InstitutionId)?.Value)
            .SetClaim(PlatformClaimTypes.InstitutionCode, cookiePrincipal.FindFirst(PlatformClaimTypes.InstitutionCode)?.Value)
            .SetClaims(Claims.Role, [.. await users.GetRolesAsync(user)]);
        identity.SetScopes(scopes);
        identity.SetDestinations(Destinations);
        return new ClaimsPrincipal(identity);
    }

    public static ClaimsPrincipal ForClient(string clientId, string displayName, IEnumerable<string> roles, ImmutableArray<string> scopes)
    {
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, clientId)
            .SetClaim(Claims.Name, displayName)
            .SetClaims(Claims.Role, [.. roles]);
        identity.SetScopes(scopes);
        identity.SetDestinations(Destinations);
        return new ClaimsPrincipal(identity);
    }

    private static IEnumerable<string> Destinations(Claim claim) => claim.Type switch
    {
        Claims.Name or Claims.Email or Claims.Role or PlatformClaimTypes.InstitutionCode =>
            [OpenIddictConstants.Destinations.AccessToken, OpenIddictConstants.Destinations.IdentityToken],
        _ => [OpenIddictConstants.Destinations.AccessToken],
    };
}
