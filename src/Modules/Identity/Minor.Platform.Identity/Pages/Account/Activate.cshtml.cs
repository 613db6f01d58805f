using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Minor.Platform.Identity.Domain;
using Minor.Platform.Identity.Localization;
using Minor.Platform.SharedKernel.Http;

namespace Minor.Platform.Identity.Pages.Account;

/// <summary>An admitted student chooses a password with the link from the activation mail, and is signed in.</summary>
[AllowAnonymous]
[EnableRateLimiting(SignInRateLimiting.Policy)]
public sealed class ActivateModel(UserManager<PlatformUser> users, SignInManager<PlatformUser> signIn, IStringLocalizer<IdentityResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public Guid AccountId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public bool LinkValid { get; private set; }

    public string? Email { get; private set; }

    public async Task OnGetAsync() => LinkValid = await FindAsync() is not null;

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await FindAsync();
        LinkValid = user is not null;
        if (user is null)
        {
            return Page();
        }

        if (string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(nameof(Password), localizer["Activate:PasswordRequired"]);
        }
        else if (Password != ConfirmPassword)
        {
            ModelState.AddModelError(nameof(ConfirmPassword), localizer["Activate:Mismatch"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await users.ResetPasswordAsync(user, Token!, Password!);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(Password), localizer["Activate:PasswordRules"]);
            return Page();
        }

        if (!user.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }

        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect("/");
    }

    /// <summary>The account, when the link's token is still good for it; the page says no more than "this link does not work".</summary>
    private async Task<PlatformUser?> FindAsync()
    {
        var user = string.IsNullOrEmpty(Token) ? null : await users.FindByIdAsync(AccountId.ToString());
        if (user is null || !await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<PlatformUser>.ResetPasswordTokenPurpose, Token!))
        {
            return null;
        }

        Email = user.Email;
        return user;
    }
}
