using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Minor.Platform.Identity.Features.SignIn;

/// <summary>
/// <c>GET /account/login/surfconext</c> (and <c>/eduid</c>): a plain link that sends the person to their provider.
/// A provider that cannot be reached gives the sign-in failure page, not an error.
/// </summary>
public static class FederatedSignInEndpoints
{
    public static IEndpointRouteBuilder MapFederatedSignIn(this IEndpointRouteBuilder app, IReadOnlyList<FederatedProvider> providers)
    {
        foreach (var provider in providers)
        {
            app.MapGet(provider.StartPath, (HttpContext context, string? returnUrl, string? acr, ILogger<FederatedProvider> logger) =>
                    ChallengeAsync(context, provider, returnUrl, acr, logger))
                .AllowAnonymous().ExcludeFromDescription();
        }

        return app;
    }

    /// <summary>A return address on this site only; anything else becomes the start page.</summary>
    public static string LocalOnly(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
        && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";

    private static async Task ChallengeAsync(HttpContext context, FederatedProvider provider, string? returnUrl, string? acr, ILogger logger)
    {
        var properties = new AuthenticationProperties { RedirectUri = "/account/login/external" };
        properties.Items[FederatedSignInSetup.SchemeItem] = provider.Scheme;
        properties.Items[FederatedSignInSetup.ReturnUrlItem] = LocalOnly(returnUrl);
        if (!string.IsNullOrWhiteSpace(acr))
        {
            properties.Items[FederatedSignInSetup.AssuranceItem] = acr;
        }

        try
        {
            await context.ChallengeAsync(provider.Scheme, properties);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "{Provider} could not be reached to start a sign-in", provider.Scheme);
            context.Response.Redirect($"/account/login/failed?provider={provider.Scheme}");
        }
    }
}
