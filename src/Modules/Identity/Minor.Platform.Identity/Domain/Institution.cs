using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Data;

namespace Minor.Platform.Identity.Domain;

/// <summary>A hogeschool that runs the minor: the platform's tenant.</summary>
public sealed class Institution : AuditedEntity
{
    private Institution()
    {
    }

    public Institution(string code, string name, string city)
    {
        Code = Require(code, nameof(code)).ToLowerInvariant();
        Name = Require(name, nameof(name));
        City = Require(city, nameof(city));
    }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string City { get; private set; } = "";

    /// <summary>
    /// The hogeschool's identifier in SURFconext (<c>schac_home_organization</c>, a domain such as <c>hanze.nl</c>);
    /// null while it is not connected to SURFconext.
    /// </summary>
    public string? SchacHomeOrganization { get; private set; }

    /// <summary>Whether its people may also sign in with a password, beside their school account.</summary>
    public bool AllowsPasswordSignIn { get; private set; } = true;

    /// <summary>
    /// The assurance level (<c>acr</c>) SURFconext must confirm for people of this hogeschool who can change grades or
    /// data; null when the school account alone is enough.
    /// </summary>
    public string? RequiredAssurance { get; private set; }

    /// <summary>A deactivated hogeschool keeps its data, but nobody of it can sign in.</summary>
    public bool IsActive { get; private set; } = true;

    public void Rename(string name, string city)
    {
        Name = Require(name, nameof(name));
        City = Require(city, nameof(city));
    }

    /// <summary>Sets how the hogeschool's people sign in; a hogeschool without SURFconext must allow passwords.</summary>
    public void ConfigureSignIn(string? schacHomeOrganization, bool allowsPasswordSignIn, string? requiredAssurance)
    {
        var schac = string.IsNullOrWhiteSpace(schacHomeOrganization) ? null : schacHomeOrganization.Trim().ToLowerInvariant();
        if (schac is not null && !IsDomain(schac))
        {
            throw new BusinessRuleException("Identity:SchacHomeOrganizationInvalid");
        }

        if (schac is null && !allowsPasswordSignIn)
        {
            throw new BusinessRuleException("Identity:PasswordSignInNeeded");
        }

        SchacHomeOrganization = schac;
        AllowsPasswordSignIn = allowsPasswordSignIn;
        RequiredAssurance = string.IsNullOrWhiteSpace(requiredAssurance) ? null : requiredAssurance.Trim();
    }

    public void Deactivate() => IsActive = false;

    public void Reactivate() => IsActive = true;

    private static bool IsDomain(string value) =>
        value.Length <= 100 && value.Contains('.') && !value.StartsWith('.') && !value.EndsWith('.')
        && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-');

    private static string Require(string value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"{name} is required.", name) : value.Trim();
}
