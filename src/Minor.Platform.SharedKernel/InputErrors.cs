namespace Minor.Platform.SharedKernel;

/// <summary>Collects field errors while a handler checks its input, then throws them all at once.</summary>
public sealed class InputErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    /// <summary>How many messages were added so far.</summary>
    public int Count => _errors.Values.Sum(m => m.Count);

    /// <summary>The messages so far, per field, in the order the fields were first named.</summary>
    public IEnumerable<(string Field, IReadOnlyList<string> Messages)> Entries => _errors.Select(e => (e.Key, (IReadOnlyList<string>)e.Value));

    public InputErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
        return this;
    }

    /// <summary>Adds the message when the value is empty or longer than allowed.</summary>
    public InputErrors RequireText(string field, string? value, int maxLength, string requiredMessage, string tooLongMessage)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, requiredMessage);
        }
        else if (value.Trim().Length > maxLength)
        {
            Add(field, tooLongMessage);
        }

        return this;
    }

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new InputValidationException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }
    }
}
