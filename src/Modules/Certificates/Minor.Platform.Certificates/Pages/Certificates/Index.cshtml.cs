using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Minor.Platform.Certificates.Features;
using Minor.Platform.Certificates.Features.Bulk;
using Minor.Platform.Certificates.Features.Revocation;
using Minor.Platform.Certificates.Localization;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Localization;
using Minor.Platform.Tracks.Contracts;

namespace Minor.Platform.Certificates.Pages.Certificates;

/// <summary>The coordinator's overview: every certificate of the hogeschool, failures visible, revoke and reissue.</summary>
[Authorize(Roles = Roles.Coordinator)]
public sealed class IndexModel(
    CertificateAdministration administration,
    RevokeCertificateHandler revoke,
    ReissueCertificateHandler reissue,
    StartBulkIssueHandler bulk,
    ITracksQueries tracks,
    ErrorMessages errors,
    IStringLocalizer<CertificatesResource> localizer) : PageModel
{
    public IReadOnlyList<CertificateListItem> Certificates { get; private set; } = [];

    public IReadOnlyList<CohortDto> Cohorts { get; private set; } = [];

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

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostBulkAsync(Guid cohortId, CancellationToken cancellationToken)
    {
        try
        {
            return RedirectToPage("Bulk", new { id = await bulk.HandleAsync(cohortId, cancellationToken) });
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

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

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Certificates = await administration.ListAsync(cancellationToken);
        Cohorts = await tracks.ListCohortsAsync(cancellationToken);
    }
}
