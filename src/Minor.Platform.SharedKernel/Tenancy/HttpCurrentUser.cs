using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Minor.Platform.SharedKernel.Tenancy;

/// <summary>Reads the caller from the request's principal, whichever scheme (cookie or bearer) made it.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid? UserId => ParseGuid(Principal?.FindFirst(PlatformClaimTypes.Subject)?.Value
                                     ?? Principal?.FindFirst(ClaimTypes.NameIdentifier)?.Value);

    public Guid? InstitutionId => ParseGuid(Principal?.FindFirst(PlatformClaimTypes.InstitutionId)?.Value);

    public bool IsInRole(string role) =>
        Principal is { } p && (p.IsInRole(role) || p.HasClaim(PlatformClaimTypes.Role, role));

    private static Guid? ParseGuid(string? value) => Guid.TryParse(value, out var id) ? id : null;
}
