using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minor.Platform.Identity.Data;
using Minor.Platform.Identity.Localization;
using Minor.Platform.SharedKernel;

namespace Minor.Platform.Identity.Features.Institutions;

/// <summary>The input checks that adding and changing a hogeschool share.</summary>
internal static class InstitutionRules
{
    public static async Task CheckAsync(
        IdentityModuleDbContext db, Guid? id, InstitutionInput input, InputErrors errors, IStringLocalizer<IdentityResource> localizer,
        CancellationToken cancellationToken)
    {
        errors.RequireText("name", input.Name, 200, localizer["Admin:NameRequired"], localizer["Admin:TooLong", 200]);
        errors.RequireText("city", input.City, 100, localizer["Admin:CityRequired"], localizer["Admin:TooLong", 100]);
        var schac = string.IsNullOrWhiteSpace(input.SchacHomeOrganization) ? null : input.SchacHomeOrganization.Trim().ToLowerInvariant();
        if (schac is not null && await db.Institutions.AnyAsync(i => i.SchacHomeOrganization == schac && i.Id != id, cancellationToken))
        {
            errors.Add("schacHomeOrganization", localizer["Admin:SchacTaken", schac]);
        }

        if (input.RequiredAssurance?.Trim().Length > 200)
        {
            errors.Add("requiredAssurance", localizer["Admin:TooLong", 200]);
        }
    }
}
