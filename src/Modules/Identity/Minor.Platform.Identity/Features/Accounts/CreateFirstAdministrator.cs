using System.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.Identity.Data;
using Minor.Platform.Identity.Domain;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Mail;

namespace Minor.Platform.Identity.Features.Accounts;

public sealed record CreateFirstAdministrator(string Email, string? FirstName, string? LastName);

/// <summary>
/// Makes the first platform administrator of an empty database and returns the one-time activation link (also
/// mailed). Refused once an administrator exists, except to give a not yet activated first administrator a new
/// link. It runs from the command line on the server only; nothing on the network reaches it.
/// </summary>
public sealed class CreateFirstAdministratorHandler(
    IdentityModuleDbContext db,
    UserManager<PlatformUser> users,
    IMailSender mail,
    IConfiguration configuration,
    ILogger<CreateFirstAdministratorHandler> logger)
{
    public async Task<string> HandleAsync(CreateFirstAdministrator command, CancellationToken cancellationToken)
    {
        var email = command.Email.Trim();
        if (!Emails.LookValid(email))
        {
            throw new BusinessRuleException("Identity:EmailInvalid");
        }

        // Serializable: two runs at the same moment cannot both find no administrator.
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        var administrators = await users.GetUsersInRoleAsync(Roles.Admin);
        var user = administrators.Count == 0 ? null : administrators[0];
        if (administrators.Count > 1 || (user is not null && !await IsUnactivatedAsync(user, email)))
        {
            throw new BusinessRuleException("Identity:AdministratorExists");
        }

        if (user is null)
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                throw new BusinessRuleException("Identity:AccountExists");
            }

            var localPart = email[..email.IndexOf('@')];
            user = new PlatformUser(email, command.FirstName ?? localPart, command.LastName ?? "", institutionId: null) { EmailConfirmed = true };
            EnsureStudentAccount.Check(await users.CreateAsync(user));
            EnsureStudentAccount.Check(await users.AddToRoleAsync(user, Roles.Admin));
        }

        await transaction.CommitAsync(cancellationToken);
        // After the commit: the token may be the first use of the Data Protection key ring, which writes a key itself.
        var link = await ActivationLinks.CreateAsync(users, user, configuration);
        logger.LogWarning("First platform administrator {Email} made; the activation link works once", email);
        await mail.SendAsync(new OutgoingMail(user.Email!, user.FullName, "Je beheerdersaccount voor Minor.Platform / Your administrator account", $"""
            Je bent de eerste beheerder van Minor.Platform. Kies met deze link een wachtwoord; hij werkt één keer en 14 dagen lang:

            {link}

            ---

            You are the first administrator of Minor.Platform. Choose a password with the link above; it works once, for 14 days.
            """), cancellationToken);
        return link;
    }

    private async Task<bool> IsUnactivatedAsync(PlatformUser administrator, string email) =>
        string.Equals(administrator.Email, email, StringComparison.OrdinalIgnoreCase)
        && !await users.HasPasswordAsync(administrator)
        && (await users.GetLoginsAsync(administrator)).Count == 0;
}
