using Microsoft.Extensions.Localization;

namespace Minor.Platform.SharedKernel.Localization;

/// <summary>
/// Finds the text for an error code "Module:Code" in the resource its module registered, so the host can turn any
/// module's <see cref="BusinessRuleException"/> into a localised message without knowing the module.
/// </summary>
public sealed class ErrorMessages(IStringLocalizerFactory factory, IEnumerable<ErrorResource> resources)
{
    private readonly Dictionary<string, Type> _byModule =
        resources.ToDictionary(r => r.Module, r => r.ResourceType, StringComparer.Ordinal);

    public string For(string code, params object?[] arguments)
    {
        var module = code.Split(':', 2)[0];
        if (!_byModule.TryGetValue(module, out var type))
        {
            return code;
        }

        var localizer = factory.Create(type);
        return arguments.Length == 0 ? localizer[code] : localizer[code, arguments!];
    }
}

/// <summary>Registers which localisation resource holds a module's error codes.</summary>
public sealed record ErrorResource(string Module, Type ResourceType);
