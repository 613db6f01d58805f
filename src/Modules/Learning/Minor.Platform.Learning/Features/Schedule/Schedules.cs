using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minor.Platform.Curriculum.Contracts;
using Minor.Platform.Learning.Data;
using Minor.Platform.Learning.Domain;
using Minor.Platform.Learning.Features.Notifications;
using Minor.Platform.Learning.Localization;
using Minor.Platform.SharedKernel;
using Minor.Platform.Tracks.Contracts;

namespace Minor.Platform.Learning.Features.Schedule;

public sealed record SessionInput(string? ModuleCode, string? Topic, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, string? Place, string? OnlineUrl);

public sealed record SessionView(
    Guid Id, string? ModuleCode, string Topic, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Place, string? OnlineUrl, bool Cancelled);

/// <summary>
/// A cohort's weekly schedule: lecturers and coordinators plan sessions (a room or an online link); a change of time,
/// place or topic, or a cancellation, is mailed to the cohort's students.
/// </summary>
public sealed class Schedules(
    LearningDbContext db, CohortAccess access, ICurriculumQueries curriculum, StudentNotifier notifier, IStringLocalizer<LearningResource> localizer, TimeProvider time)
{
    public async Task<IReadOnlyList<SessionView>> ListAsync(Guid cohortId, CancellationToken cancellationToken)
    {
        var cohort = await access.CohortAsync(cohortId, cancellationToken);
        return await ListOfAsync(cohort.Id, cancellationToken);
    }

    public async Task<IReadOnlyList<SessionView>> ListMineAsync(CancellationToken cancellationToken) =>
        await access.MyCohortAsync(cancellationToken) is { } cohort ? await ListOfAsync(cohort.Id, cancellationToken) : [];

    public async Task<SessionView> AddAsync(Guid cohortId, SessionInput input, CancellationToken cancellationToken)
    {
        var cohort = await access.CohortAsync(cohortId, cancellationToken);
        var session = new ScheduledSession(cohort.InstitutionId, cohort.Id);
        await DefineAsync(session, cohort, input, cancellationToken);
        db.Sessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return ToView(session);
    }

    public async Task<SessionView> UpdateAsync(Guid sessionId, SessionInput input, CancellationToken cancellationToken)
    {
        var (session, cohort) = await SessionAsync(sessionId, cancellationToken);
        if (session.IsCancelled)
        {
            throw new BusinessRuleException("Learning:SessionCancelled");
        }

        var changed = await DefineAsync(session, cohort, input, cancellationToken);
        var notification = changed ? await notifier.PrepareAsync(cohort, Subject(session, cancelled: false), Text(session, cohort, cancelled: false), cancellationToken) : null;
        await db.SaveChangesAsync(cancellationToken);
        notifier.Send(notification);
        return ToView(session);
    }

    public async Task<SessionView> CancelAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var (session, cohort) = await SessionAsync(sessionId, cancellationToken);
        if (session.IsCancelled)
        {
            return ToView(session);
        }

        session.Cancel(time.GetUtcNow());
        var notification = await notifier.PrepareAsync(cohort, Subject(session, cancelled: true), Text(session, cohort, cancelled: true), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        notifier.Send(notification);
        return ToView(session);
    }

    private async Task<IReadOnlyList<SessionView>> ListOfAsync(Guid cohortId, CancellationToken cancellationToken) =>
        (await db.Sessions.AsNoTracking().Where(s => s.CohortId == cohortId).OrderBy(s => s.StartsAt).ThenBy(s => s.Id).ToListAsync(cancellationToken))
            .Select(ToView).ToList();

    private async Task<(ScheduledSession Session, CohortDto Cohort)> SessionAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken) ?? throw new NotFoundException("session");
        return (session, await access.CohortAsync(session.CohortId, cancellationToken));
    }

    private async Task<bool> DefineAsync(ScheduledSession session, CohortDto cohort, SessionInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        errors.RequireText("topic", input.Topic, 200, localizer["Learning:TopicRequired"], localizer["Learning:TooLong", 200]);
        if (input.StartsAt is null)
        {
            errors.Add("startsAt", localizer["Learning:StartRequired"]);
        }

        if (input.EndsAt is null)
        {
            errors.Add("endsAt", localizer["Learning:EndRequired"]);
        }
        else if (input.StartsAt is { } start && input.EndsAt <= start)
        {
            errors.Add("endsAt", localizer["Learning:EndsBeforeStart"]);
        }

        if (input.Place?.Trim().Length > 200)
        {
            errors.Add("place", localizer["Learning:TooLong", 200]);
        }

        var online = string.IsNullOrWhiteSpace(input.OnlineUrl) ? null : input.OnlineUrl.Trim();
        if (online is not null && (!Uri.TryCreate(online, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || online.Length > 2000))
        {
            errors.Add("onlineUrl", localizer["Learning:UrlInvalid"]);
        }

        var module = string.IsNullOrWhiteSpace(input.ModuleCode) ? null : input.ModuleCode.Trim();
        if (module is not null && await curriculum.FindCourseAsync(module, cohort.CurriculumVersion, cancellationToken) is null)
        {
            errors.Add("moduleCode", localizer["Learning:UnknownModule"]);
        }

        errors.ThrowIfAny();
        return session.Define(
            module, input.Topic!.Trim(), input.StartsAt!.Value.ToUniversalTime(), input.EndsAt!.Value.ToUniversalTime(),
            string.IsNullOrWhiteSpace(input.Place) ? null : input.Place.Trim(), online);
    }

    private static string Subject(ScheduledSession session, bool cancelled) => cancelled
        ? $"Vervalt: {session.Topic} / Cancelled"
        : $"Roosterwijziging: {session.Topic} / Schedule change";

    private static string Text(ScheduledSession session, CohortDto cohort, bool cancelled)
    {
        var dutch = CultureInfo.GetCultureInfo("nl-NL");
        var english = CultureInfo.GetCultureInfo("en-GB");
        var start = DutchTime.ToLocal(session.StartsAt);
        var end = DutchTime.ToLocal(session.EndsAt);
        var where = session.Place ?? session.OnlineUrl ?? "";
        return cancelled ? $"""
            De bijeenkomst "{session.Topic}" van {cohort.Name} op {start.ToString("dddd d MMMM yyyy HH:mm", dutch)} gaat niet door.

            ---

            The session "{session.Topic}" of {cohort.Name} on {start.ToString("dddd d MMMM yyyy HH:mm", english)} is cancelled.
            """ : $"""
            De bijeenkomst "{session.Topic}" van {cohort.Name} is gewijzigd. Nieuw: {start.ToString("dddd d MMMM yyyy", dutch)}, {start:HH:mm}–{end:HH:mm}, {where}.
            Je agenda-abonnement werkt zich vanzelf bij.

            ---

            The session "{session.Topic}" of {cohort.Name} has changed. Now: {start.ToString("dddd d MMMM yyyy", english)}, {start:HH:mm}–{end:HH:mm}, {where}.
            Your calendar subscription updates itself.
            """;
    }

    private static SessionView ToView(ScheduledSession s) =>
        new(s.Id, s.CourseCode, s.Topic, s.StartsAt, s.EndsAt, s.Place, s.OnlineUrl, s.IsCancelled);
}
