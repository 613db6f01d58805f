using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ical.Net;
using Microsoft.Extensions.DependencyInjection;
using Minor.Platform.Learning.Jobs;
using Minor.Platform.TestSupport;

namespace Minor.Platform.IntegrationTests.Learning;

/// <summary>
/// A cohort's schedule reaches its students as a private iCalendar feed (read back with Ical.Net); a changed or
/// cancelled session is mailed to them, once.
/// </summary>
public sealed class ScheduleTests(PlatformFactory platform) : PlatformTest(platform)
{
    [Fact]
    public async Task TheFeed_FollowsTheSchedule_AndChangesAreMailedOnce()
    {
        var cohortId = await CohortOfAsync("noord");
        using var lecturer = await SignedInAsync(DemoAccounts.Lecturer("noord"));
        using var student = await SignedInAsync(DemoAccounts.Student("noord"));
        var seeded = (await student.GetFromJsonAsync<JsonElement>("/api/v1/me/schedule")).GetArrayLength();
        seeded.ShouldBeGreaterThan(0, "the demo seeds give each cohort a schedule");

        var feedUrl = (await student.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("calendarFeedUrl").GetString()!;
        using var anonymous = Anonymous();
        (await FeedAsync(anonymous, feedUrl)).Events.Count.ShouldBe(seeded);
        using var lecturerMe = await lecturer.GetAsync("/api/v1/me");
        (await ReadJsonAsync(lecturerMe)).GetProperty("calendarFeedUrl").ValueKind.ShouldBe(JsonValueKind.Null);

        var start = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(2).AddHours(9), TimeSpan.Zero);
        using var backwards = await lecturer.PostAsJsonAsync($"/api/v1/cohorts/{cohortId}/schedule", new { topic = "Excursie", startsAt = start, endsAt = start.AddHours(-1) });
        backwards.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await ReadJsonAsync(backwards)).GetProperty("errors").GetProperty("endsAt")[0].GetString().ShouldBe("De bijeenkomst moet eindigen na het begin.");

        using var added = await lecturer.PostAsJsonAsync($"/api/v1/cohorts/{cohortId}/schedule",
            new { moduleCode = "M2", topic = "Excursie naar de wijk", startsAt = start, endsAt = start.AddHours(3), place = "Buurthuis De Schakel" });
        added.StatusCode.ShouldBe(HttpStatusCode.Created);
        var sessionId = (await ReadJsonAsync(added)).GetProperty("id").GetGuid();
        var calendar = await FeedAsync(anonymous, feedUrl);
        calendar.Events.Count.ShouldBe(seeded + 1);
        var excursion = calendar.Events.Single(e => e.Uid == $"{sessionId}@minor-platform");
        excursion.Summary.ShouldBe("M2 · Excursie naar de wijk");
        excursion.Location.ShouldBe("Buurthuis De Schakel");
        excursion.Start!.AsUtc.ShouldBe(start.UtcDateTime);
        excursion.Sequence.ShouldBe(0);

        using var moved = await lecturer.PutAsJsonAsync($"/api/v1/sessions/{sessionId}",
            new { moduleCode = "M2", topic = "Excursie naar de wijk", startsAt = start.AddHours(1), endsAt = start.AddHours(4), place = "Buurthuis De Schakel" });
        moved.EnsureSuccessStatusCode();
        var email = DemoAccounts.Student("noord");
        var change = (await Mailbox.WaitForAsync(Platform.DataFolder, email, "Roosterwijziging: Excursie naar de wijk")).Single();
        change.TextBody!.ShouldContain("Buurthuis De Schakel");
        change.TextBody!.ShouldContain("The session \"Excursie naar de wijk\"");
        (await FeedAsync(anonymous, feedUrl)).Events.Single(e => e.Uid == excursion.Uid).Sequence.ShouldBe(1);

        (await lecturer.PostAsync($"/api/v1/sessions/{sessionId}/cancel", null)).EnsureSuccessStatusCode();
        await Mailbox.WaitForAsync(Platform.DataFolder, email, "Vervalt: Excursie naar de wijk");
        (await FeedAsync(anonymous, feedUrl)).Events.Single(e => e.Uid == excursion.Uid).Status.ShouldBe("CANCELLED");
        using var changeCancelled = await lecturer.PutAsJsonAsync($"/api/v1/sessions/{sessionId}", new { topic = "x", startsAt = start, endsAt = start.AddHours(1) });
        changeCancelled.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);

        await using (var scope = Platform.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<SendNotificationJob>().SendPendingAsync(CancellationToken.None)).ShouldBe(0);
        }

        Mailbox.All(Platform.DataFolder).Count(m => m.To.Mailboxes.Any(b => b.Address == email) && (m.Subject ?? "").Contains("Excursie", StringComparison.Ordinal))
            .ShouldBe(2, "one mail for the change, one for the cancellation, none twice");

        (await student.DeleteAsync("/api/v1/me/calendar-feed")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await anonymous.GetAsync(feedUrl)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var newUrl = (await student.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("calendarFeedUrl").GetString()!;
        newUrl.ShouldNotBe(feedUrl);
        (await FeedAsync(anonymous, newUrl)).Events.Count.ShouldBe(seeded + 1);

        using var otherLecturer = await SignedInAsync(DemoAccounts.Lecturer("zuid"));
        (await otherLecturer.PostAsync($"/api/v1/sessions/{sessionId}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherLecturer.GetAsync($"/api/v1/cohorts/{cohortId}/schedule")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ALostNotificationJob_IsSentByTheSweep_Once()
    {
        var cohortId = await CohortOfAsync("noord");
        using var lecturer = await SignedInAsync(DemoAccounts.Lecturer("noord"));
        var sessions = await lecturer.GetFromJsonAsync<JsonElement>($"/api/v1/cohorts/{cohortId}/schedule");
        var session = sessions[0];
        var sessionId = session.GetProperty("id").GetGuid();
        var topic = session.GetProperty("topic").GetString()!;

        // The process stopped after the notification was stored and before its job ran: stage it by hand.
        await ExecuteSqlAsync($"""
            INSERT INTO learning.notifications (id, institution_id, subject, text, created_at)
            SELECT gen_random_uuid(), institution_id, 'Vervalt: {topic} / Cancelled', 'Gaat niet door.', now() - interval '10 minutes' FROM learning.sessions WHERE id = '{sessionId}';
            INSERT INTO learning.notification_recipient (id, notification_id, user_id, email, name)
            SELECT gen_random_uuid(), n.id, gen_random_uuid(), 'student@noord.demo', 'Zoë' FROM learning.notifications n WHERE n.subject LIKE 'Vervalt: %';
            """);

        await using var scope = Platform.Services.CreateAsyncScope();
        var job = scope.ServiceProvider.GetRequiredService<SendNotificationJob>();
        (await job.SendPendingAsync(CancellationToken.None)).ShouldBe(1);
        (await job.SendPendingAsync(CancellationToken.None)).ShouldBe(0);
        (await Mailbox.WaitForAsync(Platform.DataFolder, DemoAccounts.Student("noord"), $"Vervalt: {topic}")).Count.ShouldBe(1);
    }

    private static async Task<Calendar> FeedAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        return Calendar.Load(await response.Content.ReadAsStringAsync())!;
    }
}
