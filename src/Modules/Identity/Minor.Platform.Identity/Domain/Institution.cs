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

    public void Rename(string name, string city)
    {
        Name = Require(name, nameof(name));
        City = Require(city, nameof(city));
    }

    private static string Require(string value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"{name} is required.", name) : value.Trim();
}
