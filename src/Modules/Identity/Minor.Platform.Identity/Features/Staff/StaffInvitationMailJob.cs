using Hangfire;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.Identity.Domain;
using Minor.Platform.Identity.Features.Accounts;
using Minor.Platform.SharedKernel.Mail;

namespace Minor.Platform.Identity.Features.Staff;

/// <summary>
/// Tells an invited person what they were given. Without a password yet, the mail carries the activation link and
/// says they may also simply sign in with their school account.
/// </summary>
public sealed class StaffInvitationMailJob(UserManager<PlatformUser> users, IIdentityQueries identity, IMailSender mail, IConfiguration configuration)
{
    private static readonly Dictionary<string, (string Nl, string En)> RoleNames = new()
    {
        [Roles.Lecturer] = ("docent", "lecturer"),
        [Roles.Examiner] = ("examinator", "examiner"),
        [Roles.Coordinator] = ("coördinator", "coordinator"),
        [Roles.ExamBoard] = ("lid van de examencommissie", "exam board member"),
        [Roles.CurriculumBoard] = ("lid van de landelijke curriculumcommissie", "curriculum board member"),
        [Roles.NationalAnalyst] = ("analist van Sociaal Werk Nederland", "Sociaal Werk Nederland analyst"),
        [Roles.Admin] = ("beheerder", "administrator"),
    };

    private static (string Nl, string En) Name(string role) => RoleNames.TryGetValue(role, out var name) ? name : (role, role);

    [AutomaticRetry(Attempts = 5)]
    public async Task RunAsync(Guid userId, IReadOnlyList<string> roles, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return;
        }

        var institution = user.InstitutionId is { } id ? (await identity.GetInstitutionAsync(id, cancellationToken))?.Name : null;
        var where = institution is null ? "" : $" bij {institution}";
        var whereEn = institution is null ? "" : $" at {institution}";
        var nl = string.Join(", ", roles.Select(r => Name(r).Nl));
        var en = string.Join(", ", roles.Select(r => Name(r).En));
        var activation = await users.HasPasswordAsync(user) || (await users.GetLoginsAsync(user)).Count > 0
            ? null
            : await ActivationLinks.CreateAsync(users, user, configuration);
        var howNl = activation is null
            ? $"Log in zoals je gewend bent met {user.Email}."
            : $"Log in met je hogeschoolaccount (SURFconext) met dit e-mailadres, of kies met deze link een wachtwoord; de link werkt één keer en 14 dagen lang:\n\n{activation}";
        var howEn = activation is null
            ? $"Sign in as usual with {user.Email}."
            : "Sign in with your school account (SURFconext) with this e-mail address, or choose a password with the link above; it works once, for 14 days.";
        await mail.SendAsync(new OutgoingMail(user.Email!, user.FullName, $"Je bent uitgenodigd voor de minor Samenlevingsopbouw{where} / Invitation", $"""
            Beste {user.FirstName},

            Je bent in Minor.Platform {nl}{where} voor de minor Samenlevingsopbouw. {howNl}

            ---

            Dear {user.FirstName},

            You have been made {en}{whereEn} for the minor Samenlevingsopbouw in Minor.Platform. {howEn}
            """), cancellationToken);
    }
}
