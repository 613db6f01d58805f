using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.Identity.Data;
using Minor.Platform.Identity.Domain;
using Minor.Platform.Identity.Features.Accounts;
using Minor.Platform.Identity.Features.Administration;
using Minor.Platform.Identity.Localization;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Identity.Features.Staff;

public sealed record WithdrawRole(Guid UserId, string Role, string? Reason);

/// <summary>
/// Takes a role away, by the same rules as granting it, with a reason in the log. The person's sign-ins lose the role
/// within a minute (their security stamp changes). The last administrator keeps the role.
/// </summary>
public sealed class WithdrawRoleHandler(
    IdentityModuleDbContext db, UserManager<PlatformUser> users, ICurrentUser caller, AdministrationLog log, IStringLocalizer<IdentityResource> localizer)
{
    public async Task HandleAsync(WithdrawRole command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(command.UserId.ToString()) ?? throw new NotFoundException("user");
        if (RoleGrants.GrantableBy(caller, user.InstitutionId).Count == 0)
        {
            throw new NotFoundException("user");
        }

        new InputErrors().RequireText("reason", command.Reason, 500, localizer["Admin:ReasonRequired"], localizer["Admin:TooLong", 500]).ThrowIfAny();
        RoleGrants.Check(caller, user.InstitutionId, [command.Role]);
        if (!await users.IsInRoleAsync(user, command.Role))
        {
            return;
        }

        if (command.Role == Roles.Admin && (await users.GetUsersInRoleAsync(Roles.Admin)).Count == 1)
        {
            throw new BusinessRuleException("Identity:LastAdministrator");
        }

        EnsureStudentAccount.Check(await users.RemoveFromRoleAsync(user, command.Role));
        log.Record("Role.Withdrawn", user.Email!, user.InstitutionId, InviteStaffHandler.Because($"rol: {command.Role}", command.Reason));
        await db.SaveChangesAsync(cancellationToken);
    }
}
