namespace Minor.Platform.SharedKernel.Privacy;

/// <summary>
/// One run of a retention job: what kind of record, how many removed or anonymised, how many kept under a legal hold.
/// Each module keeps its own log in its own schema.
/// </summary>
public sealed class RetentionLogEntry
{
    private RetentionLogEntry()
    {
    }

    public RetentionLogEntry(string kind, int removed, int held, DateTimeOffset ranAt)
    {
        Id = Guid.CreateVersion7();
        Kind = kind;
        Removed = removed;
        Held = held;
        RanAt = ranAt;
    }

    public Guid Id { get; private set; }

    public string Kind { get; private set; } = "";

    public int Removed { get; private set; }

    public int Held { get; private set; }

    public DateTimeOffset RanAt { get; private set; }
}
