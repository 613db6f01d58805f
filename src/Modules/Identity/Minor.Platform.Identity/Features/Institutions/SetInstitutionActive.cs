using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minor.Platform.Identity.Data;
using Minor.Platform.Identity.Features.Administration;
using Minor.Platform.Identity.Localization;
using Minor.Platform.SharedKernel;

namespace Minor.Platform.Identity.Features.Institutions;

public sealed record SetInstitutionActive(Guid InstitutionId, bool Active, string? Reason);

/// <summary>
/// Deactivates a hogeschool (its data stays; nobody of it can sign in any more, and signed-in people are signed out
/// within a minute) or activates it again. A reason is required and logged.
/// </summary>
public sealed class SetInstitutionActiveHandler(IdentityModuleDbContext db, AdministrationLog log, IStringLocalizer<IdentityResource> localizer)
{
    public async Task HandleAsync(SetInstitutionActive command, CancellationToken cancellationToken)
    {
        var institution = await db.Institutions.FirstOrDefaultAsync(i => i.Id == command.InstitutionId, cancellationToken)
                          ?? throw new NotFoundException("institution");
        new InputErrors().RequireText("reason", command.Reason, 500, localizer["Admin:ReasonRequired"], localizer["Admin:TooLong", 500]).ThrowIfAny();
        if (institution.IsActive == command.Active)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (command.Active)
        {
            institution.Reactivate();
        }
        else
        {
            institution.Deactivate();
            // Every cookie of the hogeschool's people fails its next security-stamp check.
            var stamp = Guid.NewGuid().ToString("N");
            await db.Users.Where(u => u.InstitutionId == institution.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.SecurityStamp, stamp), cancellationToken);
        }

        log.Record(command.Active ? "Institution.Reactivated" : "Institution.Deactivated", institution.Code, institution.Id, $"reden: {command.Reason!.Trim()}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
