using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Minor.Platform.Identity.Data;
using Minor.Platform.Identity.Domain;
using Minor.Platform.Identity.Features.Accounts;
using Minor.Platform.SharedKernel.Mail;

namespace Minor.Platform.Identity.Features.SignIn;

/// <summary>
/// Proves that the person behind a federated sign-in owns the address of a platform account: a six-digit code is
/// mailed to that address and typed in. A code is only mailed where the address or the hogeschool matches the
/// sign-in; the page says the same in every case, so it does not tell which addresses have an account.
/// </summary>
public sealed class FederatedAddressProof(
    IdentityModuleDbContext db,
    UserManager<PlatformUser> users,
    IMailSender mail,
    TimeProvider time,
    ILogger<FederatedAddressProof> logger)
{
    public async Task<FederatedLinkRequest> StartAsync(
        FederatedProvider provider, FederatedIdentity identity, Institution? institution, string email, CancellationToken cancellationToken)
    {
        var account = await users.FindByEmailAsync(email.Trim());
        var sameAddress = string.Equals(account?.Email, identity.Email, StringComparison.OrdinalIgnoreCase);
        var sameInstitution = institution is not null && account?.InstitutionId == institution.Id;
        var linkable = account is not null && (sameAddress || sameInstitution);

        var (request, code) = FederatedLinkRequest.Start(
            provider.Scheme, identity.Issuer, identity.Subject, email.Trim(), linkable ? account!.Id : null, time.GetUtcNow());
        db.FederatedLinkRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);

        if (linkable)
        {
            await mail.SendAsync(CodeMail(account!, provider, identity, code), cancellationToken);
        }
        else
        {
            logger.LogInformation("No code mailed for a {Provider} sign-in: no account with that address matches it", provider.Scheme);
        }

        return request;
    }

    /// <summary>The account the request links to when the code is right; the login is stored so the next sign-in needs no code.</summary>
    public async Task<PlatformUser?> CompleteAsync(Guid requestId, string code, CancellationToken cancellationToken)
    {
        var request = await db.FederatedLinkRequests.FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null)
        {
            return null;
        }

        var right = request.TryComplete(code, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        if (!right || await users.FindByIdAsync(request.UserId!.Value.ToString()) is not { } user)
        {
            return null;
        }

        if (await users.FindByLoginAsync(request.Issuer, request.Subject) is null)
        {
            EnsureStudentAccount.Check(await users.AddLoginAsync(user, new UserLoginInfo(request.Issuer, request.Subject, request.Scheme)));
        }

        return user;
    }

    public Task<FederatedLinkRequest?> FindAsync(Guid requestId, CancellationToken cancellationToken) =>
        db.FederatedLinkRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken);

    private static OutgoingMail CodeMail(PlatformUser account, FederatedProvider provider, FederatedIdentity identity, string code) =>
        new(account.Email!, account.FullName, $"Je code om in te loggen met {provider.DisplayName}: {code} / Your sign-in code", $"""
            Beste {account.FirstName},

            Iemand logde in bij Minor.Platform met {provider.DisplayName}{(identity.Email is null ? "" : $" ({identity.Email})")} en wil dat koppelen aan je account {account.Email}. Was jij dat? Vul dan deze code in; hij werkt {FederatedLinkRequest.Lifetime.TotalMinutes:0} minuten:

                {code}

            Was jij het niet? Negeer deze mail en geef de code aan niemand. Je account blijft zoals het is.

            ---

            Dear {account.FirstName},

            Someone signed in to Minor.Platform with {provider.DisplayName} and wants to link it to your account {account.Email}. If that was you, enter the code above; it works for {FederatedLinkRequest.Lifetime.TotalMinutes:0} minutes. If it was not you, ignore this mail and give the code to nobody.
            """);
}
