namespace Minor.Platform.Learning.Contracts;

/// <summary>A person's private calendar feed: a URL that needs no sign-in, so calendar apps can subscribe to it.</summary>
public interface ICalendarFeeds
{
    /// <summary>The feed's path (/calendar/{token}.ics) for the person, made on first use; null for someone with no schedule (not a student).</summary>
    Task<string?> FeedPathAsync(Guid userId, CancellationToken cancellationToken);
}
