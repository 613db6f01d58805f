using Hangfire;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.Learning.Data;
using Minor.Platform.Learning.Domain;
using Minor.Platform.Learning.Jobs;
using Minor.Platform.Tracks.Contracts;

namespace Minor.Platform.Learning.Features.Notifications;

/// <summary>
/// Mails a cohort's students: the notification is added to the caller's unit of work (so it is stored with its cause
/// or not at all) and sent by a job once the caller has saved.
/// </summary>
public sealed class StudentNotifier(LearningDbContext db, ITracksQueries tracks, IIdentityQueries identity, IBackgroundJobClient jobs, TimeProvider time)
{
    public async Task<Notification?> PrepareAsync(CohortDto cohort, string subject, string text, CancellationToken cancellationToken)
    {
        var students = (await tracks.ListEnrolmentsAsync(cohort.Id, cancellationToken)).Select(e => e.StudentId).Distinct().ToList();
        var people = await identity.GetPeopleAsync(students, cancellationToken);
        if (people.Count == 0)
        {
            return null;
        }

        var notification = new Notification(
            cohort.InstitutionId, subject, text, people.Values.OrderBy(p => p.Email).Select(p => new NotificationRecipient(p.Id, p.Email, p.FullName)), time.GetUtcNow());
        db.Notifications.Add(notification);
        return notification;
    }

    /// <summary>Hands a saved notification to the mail job; should the process stop first, the recurring sweep sends it.</summary>
    public void Send(Notification? notification)
    {
        if (notification is not null)
        {
            jobs.Enqueue<SendNotificationJob>(job => job.RunAsync(notification.Id, CancellationToken.None));
        }
    }
}
