using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Minor.Platform.Certificates.Features.Transcripts;
using Minor.Platform.Certificates.Localization;
using Minor.Platform.Certificates.Contracts;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Certificates.Pages.Certificates;

[Authorize(Roles = Roles.Student)]
public sealed class MineModel(
    ICertificateQueries queries, RequestTranscriptHandler transcripts, ICurrentUser currentUser, IStringLocalizer<CertificatesResource> localizer)
    : PageModel
{
    public IReadOnlyList<CertificateSummaryDto> Certificates { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnPostTranscriptAsync(CancellationToken cancellationToken)
    {
        var language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        await transcripts.HandleAsync(new RequestTranscript(currentUser.UserId!.Value, language), cancellationToken);
        Message = localizer["Mine:TranscriptRequested"];
        return RedirectToPage();
    }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Certificates = await queries.ListOfStudentAsync(currentUser.UserId!.Value, cancellationToken);
}
