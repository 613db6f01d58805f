using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Minor.Platform.Identity.Data;
using Minor.Platform.Identity.Domain;
using Minor.Platform.Identity.Features.Accounts;

namespace Minor.Platform.Identity.Features.SignIn;

public sealed record LinkFederatedAccount(FederatedProvider Provider, FederatedIdentity Identity);

/// <summary>What a federated sign-in comes to: an account, a code to ask for, or a refusal with its reason.</summary>
public sealed record FederatedSignInOutcome(PlatformUser? User, FederatedLinkRequest? ProofRequest, string? Refusal, string? Detail = null)
{
    public static FederatedSignInOutcome Refused(string code, string? detail = null) => new(null, null, code, detail);
}

/// <summary>
/// Finds the account for a person a provider signed in. A stored link (issuer and sub) wins. A first sign-in links by
/// itself to the account with the same verified e-mail at the same hogeschool; where only the address or only the
/// hogeschool matches, the person proves the address with a mailed code first. It never creates an account or a role:
/// accounts come from an admission or an invitation.
/// </summary>
public sealed class LinkFederatedAccountHandler(
    IdentityModuleDbContext db,
    UserManager<PlatformUser> users,
    FederatedAddressProof proof,
    ILogger<LinkFederatedAccountHandler> logger)
{
    public async Task<FederatedSignInOutcome> HandleAsync(LinkFederatedAccount command, CancellationToken cancellationToken)
    {
        var (provider, identity) = command;
        var linked = await users.FindByLoginAsync(identity.Issuer, identity.Subject);
        if (linked is not null)
        {
            return new FederatedSignInOutcome(linked, null, null);
        }

        Institution? institution = null;
        if (provider.NamesInstitution)
        {
            if (identity.SchacHomeOrganization is not { } schac)
            {
                return FederatedSignInOutcome.Refused("SignIn:ClaimsMissing");
            }

            institution = await db.Institutions.FirstOrDefaultAsync(i => i.SchacHomeOrganization == schac, cancellationToken);
            if (institution is null)
            {
                return FederatedSignInOutcome.Refused("SignIn:UnknownInstitution", schac);
            }

            if (!institution.IsActive)
            {
                return FederatedSignInOutcome.Refused("SignIn:InstitutionNotConnected", institution.Name);
            }
        }

        var byEmail = identity.Email is { } email ? await users.FindByEmailAsync(email) : null;
        if (byEmail is not null && identity.EmailVerified && institution is not null && byEmail.InstitutionId == institution.Id)
        {
            EnsureStudentAccount.Check(await users.AddLoginAsync(byEmail, LoginOf(provider, identity)));
            logger.LogInformation("Linked {Provider} sign-in to account {UserId} by its verified e-mail at the same hogeschool", provider.Scheme, byEmail.Id);
            return new FederatedSignInOutcome(byEmail, null, null);
        }

        if (byEmail is not null)
        {
            return new FederatedSignInOutcome(null, await proof.StartAsync(provider, identity, institution, byEmail.Email!, cancellationToken), null);
        }

        return FederatedSignInOutcome.Refused("SignIn:NoAccount", identity.Email);
    }

    internal static UserLoginInfo LoginOf(FederatedProvider provider, FederatedIdentity identity) =>
        new(identity.Issuer, identity.Subject, provider.DisplayName);
}
