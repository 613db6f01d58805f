using Microsoft.AspNetCore;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Minor.Platform.Identity.Domain;
using Minor.Platform.Identity.Features.SignIn;
using Minor.Platform.Identity.Features.Tokens;
using Minor.Platform.Identity.Localization;
using Minor.Platform.SharedKernel.Http;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Minor.Platform.Identity.Api;

/// <summary>The OpenID Connect endpoints whose decisions are ours: who gets a token, and for what.</summary>
public static class TokenEndpoints
{
    public const string ClientRolesProperty = "roles";

    public static IEndpointRouteBuilder MapTokenEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], AuthorizeAsync).ExcludeFromDescription();
        app.MapPost("/connect/token", ExchangeAsync).RequireRateLimiting(SignInRateLimiting.Policy).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> AuthorizeAsync(
        HttpContext context, UserManager<PlatformUser> users, TokenPrincipalFactory principals)
    {
        var request = context.GetOpenIddictServerRequest()
                      ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var cookie = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (!cookie.Succeeded || await users.GetUserAsync(cookie.Principal) is not { } user)
        {
            return Results.Challenge(
                new AuthenticationProperties { RedirectUri = context.Request.PathBase + context.Request.Path + QueryString.Create(context.Request.HasFormContentType ? context.Request.Form : context.Request.Query) },
                [IdentityConstants.ApplicationScheme]);
        }

        var principal = await principals.ForUserAsync(user, request.GetScopes());
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> ExchangeAsync(
        HttpContext context,
        UserManager<PlatformUser> users,
        SignInManager<PlatformUser> signIn,
        PasswordSignIn passwords,
        IOpenIddictApplicationManager applications,
        TokenPrincipalFactory principals,
        IStringLocalizer<IdentityResource> localizer)
    {
        var request = context.GetOpenIddictServerRequest()
                      ?? throw new InvalidOperationException("Not an OpenID Connect request.");

        if (request.IsPasswordGrantType())
        {
            var check = await passwords.CheckAsync(request.Username ?? "", request.Password ?? "");
            if (check.User is not { } user)
            {
                return Refuse(Errors.InvalidGrant, localizer[check.Refusal!]);
            }

            return Results.SignIn(await principals.ForUserAsync(user, request.GetScopes()),
                authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var stored = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var user = stored.Principal is null ? null : await users.FindByIdAsync(stored.Principal.GetClaim(Claims.Subject) ?? "");
            if (user is null || !await signIn.CanSignInAsync(user) || await users.IsLockedOutAsync(user))
            {
                return Refuse(Errors.InvalidGrant, localizer["Login:NoLongerValid"]);
            }

            return Results.SignIn(await principals.ForUserAsync(user, stored.Principal!.GetScopes()),
                authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (request.IsClientCredentialsGrantType())
        {
            var application = await applications.FindByClientIdAsync(request.ClientId!)
                              ?? throw new InvalidOperationException("OpenIddict validated an unknown client.");
            var properties = await applications.GetPropertiesAsync(application);
            var roles = properties.TryGetValue(ClientRolesProperty, out var value) && value.ValueKind == JsonValueKind.Array
                ? value.EnumerateArray().Select(r => r.GetString()!).ToArray()
                : [];
            var name = await applications.GetDisplayNameAsync(application) ?? request.ClientId!;
            return Results.SignIn(TokenPrincipalFactory.ForClient(request.ClientId!, name, roles, request.GetScopes()),
                authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        return Refuse(Errors.UnsupportedGrantType, localizer["Login:UnsupportedGrant"]);
    }

    private static IResult Refuse(string error, string description) =>
        Results.Forbid(
            new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
            }),
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
