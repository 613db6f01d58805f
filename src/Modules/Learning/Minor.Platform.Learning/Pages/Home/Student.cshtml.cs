using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Minor.Platform.Certificates.Contracts;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.Learning.Features;
using Minor.Platform.Learning.Features.Announcements;
using Minor.Platform.Learning.Features.Calendar;
using Minor.Platform.Learning.Features.Schedule;
using Minor.Platform.Tracks.Contracts;

namespace Minor.Platform.Learning.Pages.Home;

/// <summary>
/// The student's home, the answer to "what now?": new announcements, the next sessions, the modules with their
/// results, outcomes and deadlines (from the assessment module), and certificates.
/// </summary>
[Authorize(Roles = Roles.Student)]
public sealed class StudentModel(
    CohortAccess access, Announcements announcements, Schedules schedules, CalendarFeeds feeds, ICertificateQueries certificates, TimeProvider time)
    : PageModel
{
    public const int AnnouncementsShown = 3;
    public const int SessionsShown = 4;

    public CohortDto? Cohort { get; private set; }

    public IReadOnlyList<AnnouncementView> Announcements { get; private set; } = [];

    public IReadOnlyList<SessionView> NextSessions { get; private set; } = [];

    public IReadOnlyList<CertificateSummaryDto> Certificates { get; private set; } = [];

    public string? CalendarFeedUrl { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Cohort = await access.MyCohortAsync(cancellationToken);
        var now = time.GetUtcNow();
        Announcements = await announcements.ListMineAsync(AnnouncementsShown, cancellationToken);
        NextSessions = (await schedules.ListMineAsync(cancellationToken)).Where(s => s.EndsAt > now && !s.Cancelled).Take(SessionsShown).ToList();
        Certificates = (await certificates.ListOfStudentAsync(access.UserId, cancellationToken)).Where(c => c.Status == "issued").ToList();
        CalendarFeedUrl = Cohort is null
            ? null
            : $"{Request.Scheme}://{Request.Host}{Request.PathBase}{await feeds.FeedPathOfEnrolledAsync(access.UserId, cancellationToken)}";
    }
}
