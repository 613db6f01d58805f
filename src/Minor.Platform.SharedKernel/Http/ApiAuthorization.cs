using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;

namespace Minor.Platform.SharedKernel.Http;

/// <summary>
/// The API accepts a bearer token or the sign-in cookie through one policy scheme, "Api"; a missing or wrong
/// credential is a 401 problem, a missing role a 403, never a redirect to the login page.
/// </summary>
public static class ApiAuthorization
{
    public const string Scheme = "Api";

    public static TBuilder RequireApiUser<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(new AuthorizationPolicyBuilder(Scheme).RequireAuthenticatedUser().Build());

    public static TBuilder RequireApiRoles<TBuilder>(this TBuilder builder, params string[] roles)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(new AuthorizationPolicyBuilder(Scheme).RequireRole(roles).Build());
}
