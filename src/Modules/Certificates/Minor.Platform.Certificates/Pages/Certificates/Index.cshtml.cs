using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Minor.Platform.Certificates.Features;
using Minor.Platform.Certificates.Features.Revocation;
using Minor.Platform.Certificates.Localization;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Localization;

namespace Minor.Platform.Certificates.Pages.Certificates;

/// <summary>The coordinator's overview: every certificate of the hogeschool, failures visible, revoke and reissue.</summary>
[Authorize(Roles = Roles.Coordinator)]
public sealed class IndexModel(
    CertificateAdministration administration,
    RevokeCertificateHandler revoke,
    ReissueCertificateHandler reissue,
    ErrorMessages errors,
    IStringLocalizer<CertificatesResource> localizer) : PageModel
{
    public IReadOnlyList<CertificateListItem> Certificates { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; private set; }

    public string BadgeFor(string status) => status switch
    {
        "issued" => "text-bg-success",
        "revoked" => "text-bg-danger",
        "pending" => "text-bg-warning",
        _ => "text-bg-secondary",
    };

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Certificates = await administration.ListAsync(cancellationToken);

    public Task<IActionResult> OnPostRevokeAsync(Guid certificateId, string? reason, CancellationToken cancellationToken) =>
        RunAsync(async () =>
        {
            await revoke.HandleAsync(new RevokeCertificate(certificateId, reason), cancellationToken);
            return localizer["Admin:Revoked"].Value;
        }, cancellationToken);

    public Task<IActionResult> OnPostReissueAsync(Guid certificateId, string? reason, CancellationToken cancellationToken) =>
        RunAsync(async () =>
        {
            var reissued = await reissue.HandleAsync(new ReissueCertificate(certificateId, reason), cancellationToken);
            return localizer["Admin:Reissued", reissued.VerificationCode].Value;
        }, cancellationToken);

    private async Task<IActionResult> RunAsync(Func<Task<string>> action, CancellationToken cancellationToken)
    {
        try
        {
            Message = await action();
            return RedirectToPage();
        }
        catch (InputValidationException ex)
        {
            Error = string.Join(" ", ex.Errors.Values.SelectMany(e => e));
        }
        catch (BusinessRuleException ex)
        {
            Error = errors.For(ex.Code);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        Certificates = await administration.ListAsync(cancellationToken);
        return Page();
    }
}
