using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.Identity.Data;
using Minor.Platform.Identity.Features.Institutions;
using Minor.Platform.SharedKernel.Pages;

namespace Minor.Platform.Identity.Pages.Admin;

public sealed record InstitutionRow(Guid Id, string Code, string Name, string City, string? SchacHomeOrganization, bool AllowsPasswordSignIn, string? RequiredAssurance, bool IsActive, int People);

/// <summary>The platform administrator's list of hogescholen, with the form to add one.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class InstitutionsModel(IdentityModuleDbContext db, AddInstitutionHandler add) : FormPage
{
    [BindProperty]
    public InstitutionInput Input { get; set; } = new(null, null, null, null, true, null);

    public IReadOnlyList<InstitutionRow> Institutions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Institutions = await ListAsync(db, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Guid id = default;
        if (await RunAsync(async () => id = await add.HandleAsync(Input, cancellationToken)))
        {
            return Redirect($"/beheer/hogescholen/{id}");
        }

        Institutions = await ListAsync(db, cancellationToken);
        return Page();
    }

    internal static async Task<IReadOnlyList<InstitutionRow>> ListAsync(IdentityModuleDbContext db, CancellationToken cancellationToken) =>
        await db.Institutions.AsNoTracking().OrderBy(i => i.Name)
            .Select(i => new InstitutionRow(i.Id, i.Code, i.Name, i.City, i.SchacHomeOrganization, i.AllowsPasswordSignIn, i.RequiredAssurance, i.IsActive,
                db.Users.Count(u => u.InstitutionId == i.Id)))
            .ToListAsync(cancellationToken);
}
