namespace Minor.Platform.Identity.Domain;

/// <summary>
/// One change to how the platform is run (a hogeschool, an API client, a role): who did it, when, what and why.
/// Append-only: entries are written, never changed or removed.
/// </summary>
public sealed class AdministrationLogEntry
{
    private AdministrationLogEntry()
    {
    }

    public AdministrationLogEntry(DateTimeOffset at, Guid? actorId, string actorName, Guid? institutionId, string action, string subject, string details)
    {
        Id = Guid.CreateVersion7();
        At = at;
        ActorId = actorId;
        ActorName = actorName;
        InstitutionId = institutionId;
        Action = action;
        Subject = subject;
        Details = details;
    }

    public Guid Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public Guid? ActorId { get; private set; }

    public string ActorName { get; private set; } = "";

    /// <summary>The hogeschool the change was about, so its coordinators can read their own part of the log.</summary>
    public Guid? InstitutionId { get; private set; }

    /// <summary>What was done, e.g. <c>Institution.Added</c>.</summary>
    public string Action { get; private set; } = "";

    /// <summary>What it was done to, as people name it (a hogeschool's code, a client id, an e-mail address).</summary>
    public string Subject { get; private set; } = "";

    /// <summary>Old and new values, and the reason where one was given.</summary>
    public string Details { get; private set; } = "";
}
