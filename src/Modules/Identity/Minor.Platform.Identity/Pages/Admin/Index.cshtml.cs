using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.Identity.Data;
using Minor.Platform.Identity.Domain;

namespace Minor.Platform.Identity.Pages.Admin;

/// <summary>The platform administrator's start: hogescholen, API clients, failed events, and the newest changes.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class IndexModel(IdentityModuleDbContext db) : PageModel
{
    public int Institutions { get; private set; }

    public int Clients { get; private set; }

    public IReadOnlyList<AdministrationLogEntry> Log { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Institutions = await db.Institutions.CountAsync(cancellationToken);
        Clients = await db.Set<OpenIddict.EntityFrameworkCore.Models.OpenIddictEntityFrameworkCoreApplication<Guid>>().CountAsync(cancellationToken);
        Log = await db.AdministrationLog.AsNoTracking().OrderByDescending(e => e.At).Take(50).ToListAsync(cancellationToken);
    }
}
