using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Minor.Platform.Learning.Domain;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Seeding;
using Minor.Platform.Tracks.Contracts;

namespace Minor.Platform.Learning.Data;

/// <summary>
/// In demo mode, every cohort gets a weekly schedule from seeds/learning.json (a lecture each week, intervision every
/// other week) and module 1 a welcome section; once per cohort, without mail.
/// </summary>
public sealed class LearningSeeder(LearningDbContext db, ITracksQueries tracks) : IDataSeeder
{
    public int Order => 60;

    public async Task SeedAsync(SeedContext context, CancellationToken cancellationToken)
    {
        if (!context.IncludeDemoData)
        {
            return;
        }

        var seed = await context.ReadAsync<LearningSeed>("learning.json", cancellationToken);
        var scheduled = (await db.Sessions.IgnoreQueryFilters().Select(s => s.CohortId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        foreach (var cohort in (await tracks.ListCohortsForProcessingAsync(cancellationToken)).Where(c => !scheduled.Contains(c.Id)))
        {
            var monday = cohort.StartsOn.AddDays(-(((int)cohort.StartsOn.DayOfWeek + 6) % 7));
            for (var week = 0; week < seed.Weeks; week++)
            {
                var topic = seed.Topics[week % seed.Topics.Count];
                db.Sessions.Add(Session(cohort, monday.AddDays(7 * week), seed.Lecture, topic.Module, topic.Topic));
                if (week % 2 == 1)
                {
                    db.Sessions.Add(Session(cohort, monday.AddDays(7 * week), seed.Intervision, null, seed.Intervision.Topic!));
                }
            }

            var welcome = new CourseSection(cohort.InstitutionId, cohort.Id, seed.Welcome.Module, 1);
            welcome.Define(seed.Welcome.Title, seed.Welcome.Body, null, []);
            welcome.AddMaterial(Material.Link(seed.Welcome.Link.Title, new Uri(seed.Welcome.Link.Url)));
            db.Sections.Add(welcome);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static ScheduledSession Session(CohortDto cohort, DateOnly monday, SlotSeed slot, string? module, string topic)
    {
        var day = monday.AddDays(((int)Enum.Parse<DayOfWeek>(slot.Day) + 6) % 7);
        DateTimeOffset At(string time) => DutchTime.FromLocal(day.ToDateTime(TimeOnly.Parse(time, CultureInfo.InvariantCulture)));
        var session = new ScheduledSession(cohort.InstitutionId, cohort.Id);
        session.Define(module, topic, At(slot.Start), At(slot.End), slot.Place, slot.OnlineUrl);
        return session;
    }

    private sealed record LearningSeed(int Weeks, SlotSeed Lecture, SlotSeed Intervision, List<TopicSeed> Topics, WelcomeSeed Welcome);

    private sealed record SlotSeed(string Day, string Start, string End, string? Place, string? OnlineUrl, string? Topic);

    private sealed record TopicSeed(string Module, string Topic);

    private sealed record WelcomeSeed(string Module, string Title, string Body, LinkSeed Link);

    private sealed record LinkSeed(string Title, string Url);
}
