using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.Identity.Data;
using Minor.Platform.Identity.Features.Staff;
using Minor.Platform.SharedKernel.Pages;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Identity.Pages.Staff;

/// <summary>
/// The staff of a hogeschool: who holds which role, the form to invite someone, and taking a role away or switching
/// an account off. The coordinator sees their own hogeschool; the administrator names one (?hogeschool=code).
/// </summary>
[Authorize(Roles = $"{Roles.Coordinator},{Roles.Admin}")]
public sealed class IndexModel(
    IdentityModuleDbContext db, StaffList staff, InviteStaffHandler invite, WithdrawRoleHandler withdraw, SetAccountActiveHandler setActive,
    ICurrentUser caller) : FormPage
{
    [BindProperty(SupportsGet = true, Name = "hogeschool")]
    public string? InstitutionCode { get; set; }

    [BindProperty]
    public InvitationForm Invitation { get; set; } = new();

    public string InstitutionName { get; private set; } = "";

    public IReadOnlyList<StaffMember> Members { get; private set; } = [];

    public IReadOnlyList<string> Grantable { get; private set; } = [];

    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Notice = Request.Query["klaar"].FirstOrDefault() is { } done && done.StartsWith("Staff:", StringComparison.Ordinal) ? done : null;
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken cancellationToken)
    {
        var command = new InviteStaff(Invitation.Email, Invitation.Roles, Invitation.FirstName, Invitation.LastName, InstitutionCode, Invitation.Reason);
        return await RunAsync(() => invite.HandleAsync(command, cancellationToken), "invite")
            ? Done("Staff:Invited")
            : await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid userId, string role, string? reason, CancellationToken cancellationToken) =>
        await RunAsync(() => withdraw.HandleAsync(new WithdrawRole(userId, role, reason), cancellationToken), $"withdraw-{userId}-{role}")
            ? Done("Staff:Withdrawn")
            : await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostActiveAsync(Guid userId, bool active, string? reason, CancellationToken cancellationToken) =>
        await RunAsync(() => setActive.HandleAsync(new SetAccountActive(userId, active, reason), cancellationToken), $"active-{userId}")
            ? Done(active ? "Staff:Reactivated" : "Staff:DeactivatedNotice")
            : await LoadAsync(cancellationToken) ? Page() : NotFound();

    private RedirectResult Done(string notice) =>
        Redirect($"/medewerkers?{(InstitutionCode is null ? "" : $"hogeschool={Uri.EscapeDataString(InstitutionCode)}&")}klaar={notice}");

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var institution = caller.IsInRole(Roles.Admin) && InstitutionCode is { Length: > 0 } code
            ? await db.Institutions.AsNoTracking().FirstOrDefaultAsync(i => i.Code == code, cancellationToken)
            : await db.Institutions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == caller.InstitutionId, cancellationToken);
        if (institution is null)
        {
            return false;
        }

        InstitutionName = institution.Name;
        Members = await staff.ListAsync(institution.Id, cancellationToken);
        Grantable = RoleGrants.GrantableBy(caller, institution.Id);
        return true;
    }
}

/// <summary>The invitation form as the browser posts it.</summary>
public sealed class InvitationForm
{
    public string? Email { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public List<string> Roles { get; set; } = [];

    public string? Reason { get; set; }
}
