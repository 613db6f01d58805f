using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.Identity.Data;
using Minor.Platform.Identity.Domain;
using Minor.Platform.Identity.Features.SignIn;
using Minor.Platform.Identity.Localization;
using Minor.Platform.SharedKernel.Http;
using Microsoft.Extensions.Localization;

namespace Minor.Platform.Identity.Pages.Account;

/// <summary>
/// Where a school-account or eduID sign-in lands: the account is found (or linked), a mailed code is asked for, or a
/// clear page says why not and what to do.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(SignInRateLimiting.Policy)]
public sealed class ExternalModel(
    FederatedProviders providers,
    LinkFederatedAccountHandler link,
    FederatedAddressProof proof,
    SignInManager<PlatformUser> signIn,
    UserManager<PlatformUser> users,
    IdentityModuleDbContext db,
    IStringLocalizer<IdentityResource> localizer,
    TimeProvider time) : PageModel
{
    /// <summary>Roles that change grades or data: a hogeschool may require a higher assurance for them.</summary>
    private static readonly string[] GuardedRoles = [Roles.Examiner, Roles.ExamBoard, Roles.Coordinator, Roles.CurriculumBoard, Roles.Admin];

    public FederatedProvider? Provider { get; private set; }

    /// <summary>The reason the sign-in was refused (a localisation key), or null.</summary>
    public string? Refusal { get; private set; }

    public string? RefusalDetail { get; private set; }

    /// <summary>Set while the page asks for the code mailed to <see cref="ProofEmail"/>.</summary>
    public Guid? RequestId { get; private set; }

    public string? ProofEmail { get; private set; }

    public bool CodeWrong { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await ExternalAsync() is not var (provider, identity, properties))
        {
            return Page();
        }

        var outcome = await link.HandleAsync(new LinkFederatedAccount(provider, identity), cancellationToken);
        if (outcome.User is { } user)
        {
            return await SignInAsync(user, provider, identity, properties, cancellationToken);
        }

        if (outcome.ProofRequest is { } request)
        {
            ShowCodeForm(request);
            return Page();
        }

        Refusal = outcome.Refusal;
        RefusalDetail = outcome.Detail;
        return Page();
    }

    /// <summary>The person names the address of their platform account; a code goes there when it may be linked.</summary>
    public async Task<IActionResult> OnPostAddressAsync(string? email, CancellationToken cancellationToken)
    {
        if (await ExternalAsync() is not var (provider, identity, _))
        {
            return Page();
        }

        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@'))
        {
            Refusal = "SignIn:NoAccount";
            RefusalDetail = identity.Email;
            ModelState.AddModelError("email", localizer["SignIn:AddressRequired"]);
            return Page();
        }

        var institution = identity.SchacHomeOrganization is { } schac
            ? await db.Institutions.AsNoTracking().FirstOrDefaultAsync(i => i.SchacHomeOrganization == schac && i.IsActive, cancellationToken)
            : null;
        ShowCodeForm(await proof.StartAsync(provider, identity, provider.NamesInstitution ? institution : null, email, cancellationToken));
        return Page();
    }

    public async Task<IActionResult> OnPostCodeAsync(Guid requestId, string? code, CancellationToken cancellationToken)
    {
        var user = string.IsNullOrWhiteSpace(code) ? null : await proof.CompleteAsync(requestId, code, cancellationToken);
        var request = await proof.FindAsync(requestId, cancellationToken);
        if (user is null || request is null)
        {
            if (request is null || !request.IsOpen(time.GetUtcNow()))
            {
                Refusal = "SignIn:CodeExpired";
                return Page();
            }

            ShowCodeForm(request);
            CodeWrong = true;
            return Page();
        }

        // Linked: with the sign-in still at hand it finishes here, otherwise the next sign-in finds the stored link.
        if (await ExternalAsync() is var (provider, identity, properties) && identity.Subject == request.Subject)
        {
            return await SignInAsync(user, provider, identity, properties, cancellationToken);
        }

        return Redirect(providers.Find(request.Scheme)?.StartPath ?? "/account/login");
    }

    private void ShowCodeForm(FederatedLinkRequest request)
    {
        RequestId = request.Id;
        ProofEmail = request.Email;
    }

    private async Task<IActionResult> SignInAsync(
        PlatformUser user, FederatedProvider provider, FederatedIdentity identity, AuthenticationProperties properties, CancellationToken cancellationToken)
    {
        if (!await signIn.CanSignInAsync(user))
        {
            Refusal = "SignIn:AccountDeactivated";
            return Page();
        }

        var required = user.InstitutionId is { } institutionId
            ? await db.Institutions.AsNoTracking().Where(i => i.Id == institutionId).Select(i => i.RequiredAssurance).FirstOrDefaultAsync(cancellationToken)
            : null;
        if (required is not null && !provider.Meets(identity.Assurance, required) && await HoldsGuardedRoleAsync(user))
        {
            if (properties.Items.ContainsKey(FederatedSignInSetup.AssuranceItem))
            {
                Refusal = "SignIn:AssuranceTooLow";
                return Page();
            }

            // Ask the provider again, now for the assurance this person's role needs (e.g. SURFsecureID).
            return Redirect($"{provider.StartPath}?returnUrl={Uri.EscapeDataString(ReturnUrl(properties))}&acr={Uri.EscapeDataString(required)}");
        }

        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: provider.Scheme);
        return LocalRedirect(ReturnUrl(properties));
    }

    private async Task<bool> HoldsGuardedRoleAsync(PlatformUser user)
    {
        var roles = await users.GetRolesAsync(user);
        return roles.Any(GuardedRoles.Contains);
    }

    /// <summary>The provider's answer from the external cookie; null (with the "start again" page) when it is gone.</summary>
    private async Task<(FederatedProvider, FederatedIdentity, AuthenticationProperties)?> ExternalAsync()
    {
        var result = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        var scheme = result.Properties?.Items.TryGetValue(FederatedSignInSetup.SchemeItem, out var s) == true ? s : null;
        Provider = providers.Find(scheme);
        if (!result.Succeeded || Provider is null)
        {
            Refusal = "SignIn:Expired";
            return null;
        }

        var identity = FederatedIdentity.From(Provider.Scheme, result.Principal);
        if (identity is null)
        {
            Refusal = "SignIn:ClaimsMissing";
            return null;
        }

        return (Provider, identity, result.Properties!);
    }

    private static string ReturnUrl(AuthenticationProperties properties) =>
        FederatedSignInEndpoints.LocalOnly(properties.Items.TryGetValue(FederatedSignInSetup.ReturnUrlItem, out var url) ? url : null);
}
