using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.Identity.Domain;
using Minor.Platform.Identity.Features.Accounts;
using Minor.Platform.Identity.Features.Administration;
using Minor.Platform.Identity.Localization;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Tenancy;
using OpenIddict.Abstractions;

namespace Minor.Platform.Identity.Features.Staff;

public sealed record SetAccountActive(Guid UserId, bool Active, string? Reason);

/// <summary>
/// Switches an account off (its data stays; it cannot sign in; its cookies fail their next check and its API tokens
/// are revoked at once) or on again. A coordinator for their own hogeschool, the administrator for every account;
/// nobody switches off their own account. The reason, where given, goes into the log.
/// </summary>
public sealed class SetAccountActiveHandler(
    UserManager<PlatformUser> users,
    ICurrentUser caller,
    AdministrationLog log,
    IOpenIddictTokenManager tokens,
    IOpenIddictAuthorizationManager authorizations,
    TimeProvider time,
    IStringLocalizer<IdentityResource> localizer)
{
    public async Task HandleAsync(SetAccountActive command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(command.UserId.ToString()) ?? throw new NotFoundException("user");
        var mayManage = caller.IsInRole(Roles.Admin)
                        || (caller.IsInRole(Roles.Coordinator) && user.InstitutionId is not null && user.InstitutionId == caller.InstitutionId);
        if (!mayManage)
        {
            throw new NotFoundException("user");
        }

        if (user.Id == caller.UserId)
        {
            throw new BusinessRuleException("Identity:NotYourself");
        }

        if (command.Reason?.Trim().Length > 500)
        {
            new InputErrors().Add("reason", localizer["Admin:TooLong", 500]).ThrowIfAny();
        }

        if ((user.DeactivatedAt is null) == command.Active)
        {
            return;
        }

        if (command.Active)
        {
            user.Reactivate();
        }
        else
        {
            user.Deactivate(time.GetUtcNow());
        }

        log.Record(command.Active ? "Account.Reactivated" : "Account.Deactivated", user.Email!, user.InstitutionId,
            InviteStaffHandler.Because(user.FullName, command.Reason));
        EnsureStudentAccount.Check(await users.UpdateAsync(user));
        if (!command.Active)
        {
            await RevokeTokensAsync(user.Id.ToString(), cancellationToken);
        }
    }

    private async Task RevokeTokensAsync(string subject, CancellationToken cancellationToken)
    {
        await foreach (var authorization in authorizations.FindBySubjectAsync(subject, cancellationToken))
        {
            await authorizations.TryRevokeAsync(authorization, cancellationToken);
        }

        await foreach (var token in tokens.FindBySubjectAsync(subject, cancellationToken))
        {
            await tokens.TryRevokeAsync(token, cancellationToken);
        }
    }
}
