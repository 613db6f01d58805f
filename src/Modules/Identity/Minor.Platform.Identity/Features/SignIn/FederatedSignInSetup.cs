using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Minor.Platform.Identity.Features.SignIn;

/// <summary>
/// One OpenID Connect handler per configured provider (authorization code with PKCE, state and nonce; the handler
/// validates the tokens against the provider's discovery document). The person lands in Identity's external cookie
/// and <c>/account/login/external</c> decides which account that is.
/// </summary>
public static class FederatedSignInSetup
{
    public const string SchemeItem = "minor.scheme";
    public const string ReturnUrlItem = "minor.returnUrl";
    public const string AssuranceItem = "minor.acr";

    public static AuthenticationBuilder AddFederatedSignIn(this AuthenticationBuilder authentication, IReadOnlyList<FederatedProvider> providers)
    {
        foreach (var provider in providers)
        {
            authentication.AddOpenIdConnect(provider.Scheme, provider.DisplayName, options => Configure(options, provider));
        }

        return authentication;
    }

    private static void Configure(OpenIdConnectOptions options, FederatedProvider provider)
    {
        options.Authority = provider.Authority;
        options.ClientId = provider.ClientId;
        options.ClientSecret = provider.ClientSecret;
        options.RequireHttpsMetadata = provider.RequireHttpsMetadata;
        options.CallbackPath = provider.CallbackPath;
        options.SignedOutCallbackPath = $"/signout-callback-{provider.Scheme}";
        options.SignInScheme = IdentityConstants.ExternalScheme;
        options.ResponseType = OpenIdConnectResponseType.Code;
        options.ResponseMode = OpenIdConnectResponseMode.Query;
        options.UsePkce = true;
        options.MapInboundClaims = false;
        options.GetClaimsFromUserInfoEndpoint = true;
        options.SaveTokens = true;
        options.Scope.Clear();
        foreach (var scope in new[] { "openid", "profile", "email" })
        {
            options.Scope.Add(scope);
        }

        // Keep who issued the identity and how sure it is (the handler drops both by default), and the federation's claims.
        options.ClaimActions.Remove("iss");
        options.ClaimActions.Remove("acr");
        foreach (var claim in new[] { "email", "email_verified", "given_name", "family_name", "schac_home_organization" })
        {
            options.ClaimActions.MapUniqueJsonKey(claim, claim);
        }

        options.ClaimActions.MapJsonKey("eduperson_affiliation", "eduperson_affiliation");
        options.TokenValidationParameters.NameClaimType = "name";

        // The provider returns with a top-level GET (response_mode=query, not the default form_post), so Lax cookies
        // come back; Secure where the request is.
        options.CorrelationCookie.SameSite = SameSiteMode.Lax;
        options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.NonceCookie.SameSite = SameSiteMode.Lax;
        options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;

        options.Events.OnRedirectToIdentityProvider = context =>
        {
            if (context.Properties.Items.TryGetValue(AssuranceItem, out var acr) && !string.IsNullOrEmpty(acr))
            {
                context.ProtocolMessage.AcrValues = acr;
            }

            return Task.CompletedTask;
        };
        options.Events.OnRemoteFailure = context =>
        {
            context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FederatedSignInSetup))
                .LogWarning(context.Failure, "Sign-in with {Provider} failed", provider.Scheme);
            context.Response.Redirect($"/account/login/failed?provider={provider.Scheme}");
            context.HandleResponse();
            return Task.CompletedTask;
        };
    }
}
