using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;
using Minor.Platform.Learning.Contracts;
using Minor.Platform.Learning.Data;
using Minor.Platform.Learning.Domain;
using Minor.Platform.Tracks.Contracts;

namespace Minor.Platform.Learning.Features.Calendar;

/// <summary>
/// Each student's schedule as an iCalendar feed at a private address: calendar apps fetch it without signing in, so
/// the address is the key. Revoking it makes a new one.
/// </summary>
public sealed class CalendarFeeds(LearningDbContext db, ITracksQueries tracks, TimeProvider time) : ICalendarFeeds
{
    public async Task<string?> FeedPathAsync(Guid userId, CancellationToken cancellationToken) =>
        (await tracks.ListEnrolmentsOfStudentForProcessingAsync(userId, cancellationToken)).Count == 0
            ? null
            : await FeedPathOfEnrolledAsync(userId, cancellationToken);

    /// <summary>The feed address of a student the caller knows to be enrolled; made on first use.</summary>
    public async Task<string> FeedPathOfEnrolledAsync(Guid userId, CancellationToken cancellationToken)
    {
        var feed = await db.CalendarFeeds.FirstOrDefaultAsync(f => f.UserId == userId && f.RevokedAt == null, cancellationToken);
        if (feed is null)
        {
            feed = new CalendarFeed(userId, time.GetUtcNow());
            db.CalendarFeeds.Add(feed);
            await db.SaveChangesAsync(cancellationToken);
        }

        return feed.Path;
    }

    /// <summary>Ends the current address; the next request for the address makes a new one.</summary>
    public async Task RevokeAsync(Guid userId, CancellationToken cancellationToken)
    {
        foreach (var feed in await db.CalendarFeeds.Where(f => f.UserId == userId && f.RevokedAt == null).ToListAsync(cancellationToken))
        {
            feed.Revoke(time.GetUtcNow());
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The feed for a token, or null when no live feed has it.</summary>
    public async Task<string?> RenderAsync(string token, CancellationToken cancellationToken)
    {
        var feed = await db.CalendarFeeds.AsNoTracking().FirstOrDefaultAsync(f => f.Token == token && f.RevokedAt == null, cancellationToken);
        if (feed is null)
        {
            return null;
        }

        var cohorts = (await tracks.ListEnrolmentsOfStudentForProcessingAsync(feed.UserId, cancellationToken)).Select(e => e.CohortId).ToList();
        var sessions = await db.Sessions.IgnoreQueryFilters().AsNoTracking().Where(s => cohorts.Contains(s.CohortId))
            .OrderBy(s => s.StartsAt).ToListAsync(cancellationToken);
        var calendar = new Ical.Net.Calendar { ProductId = "-//Minor.Platform//Rooster//NL" };
        calendar.AddProperty("X-WR-CALNAME", "Minor Samenlevingsopbouw");
        foreach (var session in sessions)
        {
            calendar.Events.Add(ToEvent(session));
        }

        return new CalendarSerializer().SerializeToString(calendar);
    }

    private static CalendarEvent ToEvent(ScheduledSession session)
    {
        var summary = session.CourseCode is null ? session.Topic : $"{session.CourseCode} · {session.Topic}";
        var calendarEvent = new CalendarEvent
        {
            Uid = $"{session.Id}@minor-platform",
            Summary = summary,
            Start = new CalDateTime(session.StartsAt.UtcDateTime),
            End = new CalDateTime(session.EndsAt.UtcDateTime),
            Location = session.Place ?? session.OnlineUrl,
            Sequence = session.Sequence,
            Status = session.IsCancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            DtStamp = new CalDateTime((session.ModifiedAt ?? session.CreatedAt).UtcDateTime),
        };
        if (session.OnlineUrl is { } online)
        {
            calendarEvent.Url = new Uri(online);
        }

        return calendarEvent;
    }
}
