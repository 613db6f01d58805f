using Hangfire;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minor.Platform.Identity.Data;
using Minor.Platform.Identity.Domain;
using Minor.Platform.Identity.Features.Accounts;
using Minor.Platform.Identity.Features.Administration;
using Minor.Platform.Identity.Localization;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Identity.Features.Staff;

/// <summary>The fields of <c>POST /api/v1/staff/invitations</c>; the administrator also names the hogeschool.</summary>
public sealed record InviteStaff(
    string? Email, IReadOnlyList<string>? Roles, string? FirstName = null, string? LastName = null, string? InstitutionCode = null, string? Reason = null);

public sealed record StaffInvited(Guid UserId, string Email, IReadOnlyList<string> Roles, bool NewAccount);

/// <summary>
/// Invites a person by e-mail with roles at a hogeschool. A new account gets an invitation mail with an activation
/// link (or the person simply signs in with SURFconext with that address); an existing account of the same
/// hogeschool gets the roles it lacks. Every grant is logged with who, when and why.
/// </summary>
public sealed class InviteStaffHandler(
    IdentityModuleDbContext db,
    UserManager<PlatformUser> users,
    ICurrentUser caller,
    AdministrationLog log,
    IBackgroundJobClient jobs,
    IStringLocalizer<IdentityResource> localizer)
{
    public async Task<StaffInvited> HandleAsync(InviteStaff command, CancellationToken cancellationToken)
    {
        var named = command.InstitutionCode is { Length: > 0 } code
            ? await db.Institutions.Where(i => i.Code == code.Trim().ToLower()).Select(i => (Guid?)i.Id).FirstOrDefaultAsync(cancellationToken)
              ?? throw new NotFoundException("institution")
            : (Guid?)null;
        var institutionId = RoleGrants.InstitutionFor(caller, named);
        var roles = (command.Roles ?? []).Select(r => r.Trim()).Where(r => r.Length > 0).Distinct().ToList();
        var email = command.Email?.Trim() ?? "";
        var errors = new InputErrors();
        if (!Emails.LookValid(email))
        {
            errors.Add("email", localizer["Identity:EmailInvalid"]);
        }

        if (roles.Count == 0)
        {
            errors.Add("roles", localizer["Staff:RolesRequired"]);
        }

        errors.ThrowIfAny();
        RoleGrants.Check(caller, institutionId, roles);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = await users.FindByEmailAsync(email);
        var isNew = user is null;
        if (user is null)
        {
            user = new PlatformUser(email, command.FirstName ?? email[..email.IndexOf('@')], command.LastName ?? "", institutionId);
            EnsureStudentAccount.Check(await users.CreateAsync(user));
        }
        else if (user.InstitutionId != institutionId)
        {
            throw new BusinessRuleException("Identity:AccountOfOtherInstitution");
        }

        var missing = roles.Except(await users.GetRolesAsync(user)).ToList();
        if (missing.Count > 0)
        {
            EnsureStudentAccount.Check(await users.AddToRolesAsync(user, missing));
        }

        foreach (var role in missing)
        {
            log.Record("Role.Granted", email, institutionId, Because($"rol: {role}", command.Reason));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (isNew || missing.Count > 0)
        {
            jobs.Enqueue<StaffInvitationMailJob>(job => job.RunAsync(user.Id, missing, CancellationToken.None));
        }

        return new StaffInvited(user.Id, email, [.. await users.GetRolesAsync(user)], isNew);
    }

    internal static string Because(string what, string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? what : $"{what}; reden: {reason.Trim()}";
}
