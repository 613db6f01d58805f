using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Minor.Platform.Certificates.Features.Verification;

namespace Minor.Platform.Certificates.Pages.Certificates;

/// <summary>The public verification page; an unknown code answers 404 with a Dutch explanation.</summary>
[AllowAnonymous]
[RequestSizeLimit(CheckDocumentQuery.MaxBytes)]
public sealed class VerifyModel(VerifyCertificateQuery query, CheckDocumentQuery check) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public VerificationResult? Result { get; private set; }

    /// <summary>Set after a visitor checked a file: whether it is the issued PDF, unchanged.</summary>
    public bool? DocumentMatches { get; private set; }

    public async Task<IActionResult> OnPostCheckAsync(IFormFile? document, CancellationToken cancellationToken)
    {
        if (document is null || document.Length == 0)
        {
            return await OnGetAsync(cancellationToken);
        }

        await using var stream = document.OpenReadStream();
        var result = await check.HandleAsync(Code, stream, cancellationToken);
        if (result is null)
        {
            return await OnGetAsync(cancellationToken);
        }

        Result = result.Certificate;
        DocumentMatches = result.Matches;
        return Page();
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Code))
        {
            Code = null;
            return Page();
        }

        Result = await query.HandleAsync(Code, cancellationToken);
        if (Result is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }
}
