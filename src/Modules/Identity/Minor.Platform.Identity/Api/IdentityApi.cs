using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Minor.Platform.Learning.Contracts;
using Minor.Platform.SharedKernel.Http;
using Minor.Platform.SharedKernel.Tenancy;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Minor.Platform.Identity.Api;

public static class IdentityApi
{
    public static IEndpointRouteBuilder MapIdentityApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/me", GetMe).RequireApiUser().WithTags("Identity");
        return api;
    }

    /// <summary>The signed-in person; a student also gets the private address of their calendar feed.</summary>
    private static async Task<Ok<MeResponse>> GetMe(HttpContext context, ICalendarFeeds calendarFeeds, CancellationToken cancellationToken)
    {
        var user = context.User;
        var id = user.FindFirst(Claims.Subject)?.Value ?? user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "";
        var roles = user.Claims
            .Where(c => c.Type is Claims.Role or System.Security.Claims.ClaimTypes.Role)
            .Select(c => c.Value).Distinct().Order().ToArray();
        var feed = Guid.TryParse(id, out var userId) ? await calendarFeeds.FeedPathAsync(userId, cancellationToken) : null;
        return TypedResults.Ok(new MeResponse(
            id,
            user.FindFirst(Claims.Email)?.Value ?? user.FindFirst(System.Security.Claims.ClaimTypes.Email)?.Value,
            roles,
            user.FindFirst(PlatformClaimTypes.InstitutionCode)?.Value,
            feed is null ? null : $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}{feed}"));
    }
}

public sealed record MeResponse(string Id, string? Email, IReadOnlyList<string> Roles, string? InstitutionCode, string? CalendarFeedUrl);
