namespace Minor.Platform.SharedKernel;

/// <summary>
/// A broken domain rule. <see cref="Code"/> is "Module:Code" and doubles as the localisation key;
/// pages show it as a form error, the API as RFC 9457 problem details with status 422.
/// </summary>
public class BusinessRuleException(string code, string? detail = null, IReadOnlyDictionary<string, object?>? data = null)
    : Exception(detail ?? code)
{
    public string Code { get; } = code;

    /// <summary>Extra members for the problem details, e.g. the uncovered learning outcomes.</summary>
    public IReadOnlyDictionary<string, object?> Details { get; } = data ?? new Dictionary<string, object?>();

    /// <summary>Arguments for the localised message, in order.</summary>
    public object?[] MessageArguments { get; init; } = [];
}
