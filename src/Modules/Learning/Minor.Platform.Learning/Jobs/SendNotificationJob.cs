using Hangfire;
using Microsoft.EntityFrameworkCore;
using Minor.Platform.Learning.Data;
using Minor.Platform.SharedKernel.Mail;

namespace Minor.Platform.Learning.Jobs;

/// <summary>
/// Sends a notification to each recipient not yet sent to, marking each as it goes: a retry or a second run sends
/// nobody a second mail. The recurring sweep picks up notifications whose job was lost.
/// </summary>
public sealed class SendNotificationJob(LearningDbContext db, IMailSender mail, TimeProvider time)
{
    public const string RecurringId = "learning-notifications";

    /// <summary>A notification younger than this is left to the job enqueued with it.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(2);

    [AutomaticRetry(Attempts = 5)]
    public async Task<int> RunAsync(Guid notificationId, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.IgnoreQueryFilters().Include(n => n.Recipients)
            .FirstOrDefaultAsync(n => n.Id == notificationId, cancellationToken);
        if (notification is null)
        {
            return 0;
        }

        var sent = 0;
        foreach (var recipient in notification.Recipients.Where(r => r.SentAt is null).OrderBy(r => r.Email))
        {
            await mail.SendAsync(new OutgoingMail(recipient.Email, recipient.Name, notification.Subject, notification.Text), cancellationToken);
            recipient.MarkSent(time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            sent++;
        }

        return sent;
    }

    [DisableConcurrentExecution(timeoutInSeconds: 120)]
    public async Task<int> SendPendingAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - Grace;
        var pending = await db.Notifications.IgnoreQueryFilters().AsNoTracking()
            .Where(n => n.CreatedAt < cutoff && n.Recipients.Any(r => r.SentAt == null)).Select(n => n.Id).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var id in pending)
        {
            sent += await RunAsync(id, cancellationToken);
        }

        return sent;
    }
}
