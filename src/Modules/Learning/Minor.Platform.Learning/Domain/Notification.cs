using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Learning.Domain;

/// <summary>
/// An e-mail to the students of a cohort (an announcement, a changed session), written in the same transaction as
/// its cause and sent by a job that marks each recipient once sent: run twice, nobody gets it twice.
/// </summary>
public sealed class Notification : ITenantOwned
{
    private Notification()
    {
    }

    public Notification(Guid institutionId, string subject, string text, IEnumerable<NotificationRecipient> recipients, DateTimeOffset createdAt)
    {
        Id = Guid.CreateVersion7();
        InstitutionId = institutionId;
        Subject = subject;
        Text = text;
        Recipients = [.. recipients];
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid InstitutionId { get; private set; }

    public string Subject { get; private set; } = "";

    public string Text { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public List<NotificationRecipient> Recipients { get; private set; } = [];
}

public sealed class NotificationRecipient
{
    private NotificationRecipient()
    {
    }

    public NotificationRecipient(Guid userId, string email, string name)
    {
        Id = Guid.CreateVersion7();
        UserId = userId;
        Email = email;
        Name = name;
    }

    public Guid Id { get; private set; }

    public Guid NotificationId { get; private set; }

    public Guid UserId { get; private set; }

    public string Email { get; private set; } = "";

    public string Name { get; private set; } = "";

    public DateTimeOffset? SentAt { get; private set; }

    public void MarkSent(DateTimeOffset now) => SentAt ??= now;
}
