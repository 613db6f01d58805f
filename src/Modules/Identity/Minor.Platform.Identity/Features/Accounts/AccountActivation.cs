using Hangfire;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.Identity.Domain;
using Minor.Platform.SharedKernel.Events;
using Minor.Platform.SharedKernel.Mail;

namespace Minor.Platform.Identity.Features.Accounts;

/// <summary>A new account (an admitted student's) gets an activation mail, sent by a Hangfire job so a mail server's hiccup is retried.</summary>
public sealed class SendActivationMail(IBackgroundJobClient jobs) : IIntegrationEventHandler<UserRegistered>
{
    public Task HandleAsync(UserRegistered registered, CancellationToken cancellationToken)
    {
        jobs.Enqueue<ActivationMailJob>(job => job.RunAsync(registered.UserId, CancellationToken.None));
        return Task.CompletedTask;
    }
}

/// <summary>
/// Mails a link to choose a password. The link carries a password-reset token: it works once (choosing the password
/// changes the account's security stamp) and for <see cref="TokenLifespan"/>. An account that has a password gets no mail.
/// </summary>
public sealed class ActivationMailJob(UserManager<PlatformUser> users, IIdentityQueries identity, IMailSender mail, IConfiguration configuration)
{
    public static readonly TimeSpan TokenLifespan = TimeSpan.FromDays(14);

    [AutomaticRetry(Attempts = 5)]
    public async Task RunAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null || await users.HasPasswordAsync(user))
        {
            return;
        }

        var link = await ActivationLinks.CreateAsync(users, user, configuration);
        var institution = user.InstitutionId is { } id ? (await identity.GetInstitutionAsync(id, cancellationToken))?.Name : null;
        var name = $"{user.FirstName} {user.LastName}";
        await mail.SendAsync(new OutgoingMail(user.Email!, name, "Activeer je account voor de minor Samenlevingsopbouw / Activate your account", $"""
            Beste {user.FirstName},

            Je bent toegelaten tot de minor Samenlevingsopbouw{(institution is null ? "" : " bij " + institution)}. Kies met deze link een wachtwoord voor Minor.Platform; de link werkt één keer en 14 dagen lang:

            {link}

            Daarna log je in met {user.Email}. Je ziet er je studieplan, kunt vrijstellingen aanvragen en werk inleveren.

            ---

            Dear {user.FirstName},

            You have been admitted to the minor Samenlevingsopbouw{(institution is null ? "" : " at " + institution)}. Choose a password for Minor.Platform with the link above; it works once, for 14 days. Then sign in with {user.Email}.
            """), cancellationToken);
    }
}
