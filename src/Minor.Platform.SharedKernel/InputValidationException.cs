namespace Minor.Platform.SharedKernel;

/// <summary>
/// Input that a use case refuses, per field (JSON paths such as "background.sector"), with localised messages.
/// The API answers 422 problem details with these errors; a page shows them beside its fields.
/// </summary>
public sealed class InputValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("The input is not valid: " + string.Join(", ", errors.Keys))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
