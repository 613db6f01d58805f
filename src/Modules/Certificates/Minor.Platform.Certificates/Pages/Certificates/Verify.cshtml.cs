using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Minor.Platform.Certificates.Features.Verification;

namespace Minor.Platform.Certificates.Pages.Certificates;

/// <summary>The public verification page; an unknown code answers 404 with a Dutch explanation.</summary>
[AllowAnonymous]
public sealed class VerifyModel(VerifyCertificateQuery query) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public VerificationResult? Result { get; private set; }

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
