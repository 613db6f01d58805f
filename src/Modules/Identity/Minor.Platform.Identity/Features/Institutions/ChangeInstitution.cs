using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minor.Platform.Identity.Data;
using Minor.Platform.Identity.Features.Administration;
using Minor.Platform.Identity.Localization;
using Minor.Platform.SharedKernel;

namespace Minor.Platform.Identity.Features.Institutions;

/// <summary>The administrator renames a hogeschool or changes how its people sign in (the code stays).</summary>
public sealed class ChangeInstitutionHandler(IdentityModuleDbContext db, AdministrationLog log, IStringLocalizer<IdentityResource> localizer)
{
    public async Task HandleAsync(Guid id, InstitutionInput input, CancellationToken cancellationToken)
    {
        var institution = await db.Institutions.FirstOrDefaultAsync(i => i.Id == id, cancellationToken) ?? throw new NotFoundException("institution");
        var errors = new InputErrors();
        await InstitutionRules.CheckAsync(db, id, input, errors, localizer, cancellationToken);
        errors.ThrowIfAny();

        var before = (institution.Name, institution.City, institution.SchacHomeOrganization, institution.AllowsPasswordSignIn, institution.RequiredAssurance);
        institution.Rename(input.Name!, input.City!);
        institution.ConfigureSignIn(input.SchacHomeOrganization, input.AllowsPasswordSignIn, input.RequiredAssurance);
        var changes = AdministrationLog.Changes(
            ("naam", before.Name, institution.Name), ("plaats", before.City, institution.City),
            ("SURFconext", before.SchacHomeOrganization, institution.SchacHomeOrganization),
            ("wachtwoord toegestaan", before.AllowsPasswordSignIn, institution.AllowsPasswordSignIn),
            ("vereist betrouwbaarheidsniveau", before.RequiredAssurance, institution.RequiredAssurance));
        if (changes.Length > 0)
        {
            log.Record("Institution.Changed", institution.Code, institution.Id, changes);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
