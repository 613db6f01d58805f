using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Minor.Platform.Identity.Features.SignIn;

namespace Minor.Platform.Identity.Pages.Account;

/// <summary>A sign-in with a provider that did not come back well: the provider is down, the answer was refused, or the person cancelled.</summary>
[AllowAnonymous]
public sealed class FailedModel(FederatedProviders providers) : PageModel
{
    public FederatedProvider? Provider { get; private set; }

    public void OnGet(string? provider) => Provider = providers.Find(provider);
}
