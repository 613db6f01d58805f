using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Minor.Platform.SharedKernel.Http;
using Microsoft.Extensions.Localization;
using Minor.Platform.Identity.Domain;
using Minor.Platform.Identity.Localization;

namespace Minor.Platform.Identity.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(SignInRateLimiting.Policy)]
public sealed class LoginModel(SignInManager<PlatformUser> signIn, IStringLocalizer<IdentityResource> localizer) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.Email))
        {
            ModelState.AddModelError("Input.Email", localizer["Login:EmailRequired"]);
        }

        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", localizer["Login:PasswordRequired"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.Email!.Trim(), Input.Password!, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        ModelState.AddModelError(string.Empty,
            result.IsLockedOut ? localizer["Login:LockedOut"] : localizer["Login:Failed"]);
        return Page();
    }

    public sealed class LoginInput
    {
        public string? Email { get; set; }

        [DataType(DataType.Password)]
        public string? Password { get; set; }

        public bool RememberMe { get; set; }
    }
}
