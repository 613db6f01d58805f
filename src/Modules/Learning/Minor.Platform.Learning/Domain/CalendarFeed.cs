using System.Security.Cryptography;

namespace Minor.Platform.Learning.Domain;

/// <summary>
/// A person's private calendar address. The token is the only key (calendar apps cannot sign in), so it is long and
/// random; revoking it ends the old address and the next request makes a new one.
/// </summary>
public sealed class CalendarFeed
{
    private CalendarFeed()
    {
    }

    public CalendarFeed(Guid userId, DateTimeOffset createdAt)
    {
        Id = Guid.CreateVersion7();
        UserId = userId;
        Token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public string Token { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public string Path => $"/calendar/{Token}.ics";

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
