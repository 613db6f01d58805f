using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minor.Platform.Identity.Data;
using Minor.Platform.Identity.Domain;
using Minor.Platform.Identity.Features.Administration;
using Minor.Platform.Identity.Localization;
using Minor.Platform.SharedKernel;

namespace Minor.Platform.Identity.Features.Institutions;

/// <summary>A hogeschool as the administrator types it in; the code is given once, when it is added.</summary>
public sealed record InstitutionInput(
    string? Code, string? Name, string? City, string? SchacHomeOrganization, bool AllowsPasswordSignIn, string? RequiredAssurance);

/// <summary>The platform administrator adds a hogeschool: a new tenant, with how its people sign in.</summary>
public sealed class AddInstitutionHandler(IdentityModuleDbContext db, AdministrationLog log, IStringLocalizer<IdentityResource> localizer)
{
    public async Task<Guid> HandleAsync(InstitutionInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var code = input.Code?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(code) || code.Length > 32 || !code.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            errors.Add("code", localizer["Admin:CodeInvalid"]);
        }
        else if (await db.Institutions.AnyAsync(i => i.Code == code, cancellationToken))
        {
            errors.Add("code", localizer["Admin:CodeTaken"]);
        }

        await InstitutionRules.CheckAsync(db, null, input, errors, localizer, cancellationToken);
        errors.ThrowIfAny();

        var institution = new Institution(code!, input.Name!, input.City!);
        institution.ConfigureSignIn(input.SchacHomeOrganization, input.AllowsPasswordSignIn, input.RequiredAssurance);
        db.Institutions.Add(institution);
        log.Record("Institution.Added", institution.Code, institution.Id, AdministrationLog.Changes(
            ("naam", null, institution.Name), ("plaats", null, institution.City), ("SURFconext", null, institution.SchacHomeOrganization),
            ("wachtwoord toegestaan", null, institution.AllowsPasswordSignIn), ("vereist betrouwbaarheidsniveau", null, institution.RequiredAssurance)));
        await db.SaveChangesAsync(cancellationToken);
        return institution.Id;
    }
}
