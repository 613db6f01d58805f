using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Minor.Platform.Identity.Domain;
using Minor.Platform.Identity.Features.SignIn;
using Minor.Platform.Identity.Localization;
using Minor.Platform.SharedKernel.Http;

namespace Minor.Platform.Identity.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(SignInRateLimiting.Policy)]
public sealed class LoginModel(
    PasswordSignIn passwords,
    SignInManager<PlatformUser> signIn,
    FederatedProviders providers,
    IStringLocalizer<IdentityResource> localizer) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>School account first (SURFconext), then eduID, then the password form.</summary>
    public IReadOnlyList<FederatedProvider> Providers => providers.All;

    public string StartPath(FederatedProvider provider) =>
        ReturnUrl is null ? provider.StartPath : $"{provider.StartPath}?returnUrl={Uri.EscapeDataString(ReturnUrl)}";

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

        var result = await passwords.CheckAsync(Input.Email!, Input.Password!);
        if (result.User is not { } user)
        {
            ModelState.AddModelError(string.Empty, localizer[result.Refusal!]);
            return Page();
        }

        await signIn.SignInAsync(user, Input.RememberMe, authenticationMethod: "pwd");
        return LocalRedirect(FederatedSignInEndpoints.LocalOnly(ReturnUrl));
    }

    public sealed class LoginInput
    {
        public string? Email { get; set; }

        [DataType(DataType.Password)]
        public string? Password { get; set; }

        public bool RememberMe { get; set; }
    }
}
