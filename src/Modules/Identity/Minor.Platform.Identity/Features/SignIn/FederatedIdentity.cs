using System.Security.Claims;

namespace Minor.Platform.Identity.Features.SignIn;

/// <summary>Who a provider says signed in: (issuer, sub) is the stable key; the rest fills or finds the profile.</summary>
public sealed record FederatedIdentity(
    string Scheme,
    string Issuer,
    string Subject,
    string? Email,
    bool EmailVerified,
    string? FirstName,
    string? LastName,
    string? SchacHomeOrganization,
    string? Assurance)
{
    /// <summary>Reads the claims the OpenID Connect handler put in the external cookie; null when sub or the issuer is missing.</summary>
    public static FederatedIdentity? From(string scheme, ClaimsPrincipal principal)
    {
        var subject = principal.FindFirst("sub");
        var issuer = principal.FindFirst("iss")?.Value ?? subject?.Issuer;
        if (subject is null || string.IsNullOrWhiteSpace(subject.Value) || string.IsNullOrWhiteSpace(issuer))
        {
            return null;
        }

        string? Value(string type) => principal.FindFirst(type)?.Value is { Length: > 0 } value ? value.Trim() : null;
        return new FederatedIdentity(
            scheme,
            issuer,
            subject.Value,
            Value("email"),
            // SURFconext passes the address the hogeschool registered; only an explicit "false" makes it unverified.
            !string.Equals(Value("email_verified"), "false", StringComparison.OrdinalIgnoreCase),
            Value("given_name"),
            Value("family_name"),
            Value("schac_home_organization")?.ToLowerInvariant(),
            Value("acr"));
    }
}
