namespace Minor.Platform.Assessment.Pages.Assessment;

/// <summary>One grade field: a number (decimal comma allowed) or voldaan / niet voldaan, with its error.</summary>
public sealed record MarkInputModel(string Id, string Label, bool PassFail, string? Value, string? Error);
