using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Minor.Platform.Web.Pages;

/// <summary>The Dutch page for 403, 404 and 500: no trace, a way back.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public string TitleKey => Code switch
    {
        StatusCodes.Status404NotFound => "Error:404",
        StatusCodes.Status403Forbidden => "Error:403",
        StatusCodes.Status429TooManyRequests => "Error:429",
        _ => "Error:500",
    };

    public void OnGet(int? code) => Handle(code);

    public void OnPost(int? code) => Handle(code);

    private void Handle(int? code)
    {
        Code = code is >= 400 and < 600 ? code.Value : StatusCodes.Status500InternalServerError;
        Response.StatusCode = Code;
    }
}
