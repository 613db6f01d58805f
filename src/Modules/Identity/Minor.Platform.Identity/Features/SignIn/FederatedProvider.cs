using Microsoft.Extensions.Configuration;

namespace Minor.Platform.Identity.Features.SignIn;

/// <summary>
/// An OpenID Connect provider people sign in with: SURFconext (school accounts, with the hogeschool in
/// <c>schac_home_organization</c>) or eduID (guests and lateral entrants, no hogeschool). Configured under
/// <c>Platform:SignIn:SurfConext</c> and <c>Platform:SignIn:EduId</c>; a provider without an authority is not offered.
/// </summary>
public sealed record FederatedProvider(
    string Scheme,
    string DisplayName,
    bool NamesInstitution,
    string Authority,
    string ClientId,
    string? ClientSecret,
    bool RequireHttpsMetadata,
    IReadOnlyList<string> AssuranceLevels)
{
    public const string SurfConext = "surfconext";
    public const string EduId = "eduid";

    /// <summary>SURFconext's levels of assurance, lowest first; a hogeschool may require one of them for staff.</summary>
    private static readonly string[] SurfConextLevels =
        ["http://surfconext.nl/assurance/loa1", "http://surfconext.nl/assurance/loa2", "http://surfconext.nl/assurance/loa3"];

    public string StartPath => $"/account/login/{Scheme}";

    public string CallbackPath => $"/signin-{Scheme}";

    /// <summary>True when <paramref name="returned"/> is at least <paramref name="required"/> in the provider's order of levels.</summary>
    public bool Meets(string? returned, string required)
    {
        if (string.Equals(returned, required, StringComparison.Ordinal))
        {
            return true;
        }

        var have = returned is null ? -1 : IndexOf(returned);
        var need = IndexOf(required);
        return need >= 0 && have >= need;
    }

    public static IReadOnlyList<FederatedProvider> FromConfiguration(IConfiguration configuration) =>
        new[]
        {
            Read(configuration.GetSection("Platform:SignIn:SurfConext"), SurfConext, "SURFconext", namesInstitution: true),
            Read(configuration.GetSection("Platform:SignIn:EduId"), EduId, "eduID", namesInstitution: false),
        }.OfType<FederatedProvider>().ToList();

    private int IndexOf(string level)
    {
        for (var i = 0; i < AssuranceLevels.Count; i++)
        {
            if (string.Equals(AssuranceLevels[i], level, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static FederatedProvider? Read(IConfigurationSection section, string scheme, string displayName, bool namesInstitution)
    {
        var authority = section["Authority"];
        if (string.IsNullOrWhiteSpace(authority))
        {
            return null;
        }

        var clientId = section["ClientId"];
        if (string.IsNullOrWhiteSpace(clientId))
        {
            throw new InvalidOperationException($"{section.Path}:ClientId is required when {section.Path}:Authority is set.");
        }

        var levels = section.GetSection("AssuranceLevels").Get<string[]>() is { Length: > 0 } configured ? configured : SurfConextLevels;
        return new FederatedProvider(scheme, displayName, namesInstitution, authority.TrimEnd('/'), clientId, section["ClientSecret"],
            section.GetValue("RequireHttpsMetadata", true), levels);
    }
}
