using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.Identity.Data;
using Minor.Platform.Identity.Domain;
using Minor.Platform.Identity.Features.Institutions;
using Minor.Platform.SharedKernel.Pages;

namespace Minor.Platform.Identity.Pages.Admin;

/// <summary>One hogeschool: its name, how its people sign in, switching it off and on, and what was changed.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class InstitutionModel(
    IdentityModuleDbContext db, ChangeInstitutionHandler change, SetInstitutionActiveHandler setActive) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public InstitutionInput Input { get; set; } = new(null, null, null, null, true, null);

    public InstitutionRow? Institution { get; private set; }

    public IReadOnlyList<AdministrationLogEntry> Log { get; private set; } = [];

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        ShowStoredSettings();
        Saved = Request.Query.ContainsKey("opgeslagen");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await RunAsync(() => change.HandleAsync(Id, Input, cancellationToken)))
        {
            return Redirect($"/beheer/hogescholen/{Id}?opgeslagen=1");
        }

        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostActiveAsync(bool active, string? reason, CancellationToken cancellationToken)
    {
        if (await RunAsync(() => setActive.HandleAsync(new SetInstitutionActive(Id, active, reason), cancellationToken), "active"))
        {
            return Redirect($"/beheer/hogescholen/{Id}?opgeslagen=1");
        }

        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        ShowStoredSettings();
        return Page();
    }

    private void ShowStoredSettings() =>
        Input = new InstitutionInput(Institution!.Code, Institution.Name, Institution.City, Institution.SchacHomeOrganization,
            Institution.AllowsPasswordSignIn, Institution.RequiredAssurance);

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Institution = (await InstitutionsModel.ListAsync(db, cancellationToken)).FirstOrDefault(i => i.Id == Id);
        Log = await db.AdministrationLog.AsNoTracking().Where(e => e.InstitutionId == Id).OrderByDescending(e => e.At).Take(20).ToListAsync(cancellationToken);
        return Institution is not null;
    }
}
