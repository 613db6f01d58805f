using Microsoft.EntityFrameworkCore;
using Minor.Platform.Learning.Data;
using Minor.Platform.SharedKernel.Privacy;

namespace Minor.Platform.Learning.Features;

/// <summary>The person's calendar feed addresses, the mails the platform sent them, and the announcements they wrote.</summary>
public sealed class LearningPersonalData(LearningDbContext db) : IPersonalDataSource
{
    public string Module => "learning";

    public async Task<PersonalData> CollectAsync(PersonalDataSubject subject, CancellationToken cancellationToken) => PersonalData.Of(new
    {
        CalendarFeeds = await db.CalendarFeeds.AsNoTracking().Where(f => f.UserId == subject.UserId).OrderBy(f => f.CreatedAt)
            .Select(f => new { Address = "/calendar/" + f.Token + ".ics", f.CreatedAt, f.RevokedAt }).ToListAsync(cancellationToken),
        Mails = await db.Notifications.IgnoreQueryFilters().AsNoTracking().SelectMany(n => n.Recipients.Where(r => r.UserId == subject.UserId)
                .Select(r => new { n.Subject, n.Text, r.Email, n.CreatedAt, r.SentAt }))
            .OrderBy(m => m.CreatedAt).ToListAsync(cancellationToken),
        AnnouncementsWritten = await db.Announcements.IgnoreQueryFilters().AsNoTracking().Where(a => a.AuthorId == subject.UserId)
            .OrderBy(a => a.PublishedAt).Select(a => new { a.Title, a.Body, a.PublishedAt }).ToListAsync(cancellationToken),
    });
}
