using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;
using Minor.Platform.Curriculum.Contracts;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.Learning.Data;
using Minor.Platform.Learning.Domain;
using Minor.Platform.Learning.Features.Notifications;
using Minor.Platform.Learning.Localization;
using Minor.Platform.SharedKernel;

namespace Minor.Platform.Learning.Features.Announcements;

public sealed record AnnouncementInput(string? ModuleCode, string? Title, string? Body);

public sealed record AnnouncementView(Guid Id, string? ModuleCode, string Title, string Body, DateTimeOffset PublishedAt, string? Author);

/// <summary>Lecturers and coordinators announce to a cohort, or to a module in it; students read it on their home page and by e-mail.</summary>
public sealed class Announcements(
    LearningDbContext db,
    CohortAccess access,
    ICurriculumQueries curriculum,
    IIdentityQueries identity,
    StudentNotifier notifier,
    IConfiguration configuration,
    IStringLocalizer<LearningResource> localizer,
    TimeProvider time)
{
    public async Task<AnnouncementView> PublishAsync(Guid cohortId, AnnouncementInput input, CancellationToken cancellationToken)
    {
        var cohort = await access.CohortAsync(cohortId, cancellationToken);
        var errors = new InputErrors()
            .RequireText("title", input.Title, 200, localizer["Learning:TitleRequired"], localizer["Learning:TooLong", 200])
            .RequireText("body", input.Body, 20000, localizer["Learning:BodyRequired"], localizer["Learning:TooLong", 20000]);
        var module = string.IsNullOrWhiteSpace(input.ModuleCode) ? null : await curriculum.FindCourseAsync(input.ModuleCode.Trim(), cohort.CurriculumVersion, cancellationToken);
        if (!string.IsNullOrWhiteSpace(input.ModuleCode) && module is null)
        {
            errors.Add("moduleCode", localizer["Learning:UnknownModule"]);
        }

        errors.ThrowIfAny();
        var announcement = new Announcement(cohort.InstitutionId, cohort.Id, module?.Code, input.Title!.Trim(), input.Body!.Trim(), access.UserId, time.GetUtcNow());
        db.Announcements.Add(announcement);
        var home = $"{(configuration["Platform:PublicBaseUrl"] ?? "http://localhost:5000").TrimEnd('/')}/home";
        var about = module is null ? cohort.Name : $"{module.Code} {module.Title} ({cohort.Name})";
        var notification = await notifier.PrepareAsync(cohort, $"{announcement.Title} · Minor Samenlevingsopbouw", $"""
            Nieuwe mededeling voor {about}:

            {announcement.Title}

            {announcement.Body}

            Je vindt alle mededelingen op je startpagina: {home}

            ---

            A new announcement for {about}; read it on your home page: {home}
            """, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        notifier.Send(notification);
        return (await ViewsAsync([announcement], cancellationToken))[0];
    }

    public async Task<IReadOnlyList<AnnouncementView>> ListAsync(Guid cohortId, CancellationToken cancellationToken)
    {
        var cohort = await access.CohortAsync(cohortId, cancellationToken);
        return await ViewsAsync(await Newest(cohort.Id).ToListAsync(cancellationToken), cancellationToken);
    }

    public async Task<IReadOnlyList<AnnouncementView>> ListMineAsync(int take, CancellationToken cancellationToken) =>
        await access.MyCohortAsync(cancellationToken) is { } cohort
            ? await ViewsAsync(await Newest(cohort.Id).Take(take).ToListAsync(cancellationToken), cancellationToken)
            : [];

    private IQueryable<Announcement> Newest(Guid cohortId) =>
        db.Announcements.AsNoTracking().Where(a => a.CohortId == cohortId).OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id);

    private async Task<IReadOnlyList<AnnouncementView>> ViewsAsync(IReadOnlyList<Announcement> announcements, CancellationToken cancellationToken)
    {
        var authors = await identity.GetPeopleAsync(announcements.Select(a => a.AuthorId).OfType<Guid>().Distinct().ToList(), cancellationToken);
        return announcements.Select(a => new AnnouncementView(
            a.Id, a.CourseCode, a.Title, a.Body, a.PublishedAt, a.AuthorId is { } id && authors.TryGetValue(id, out var author) ? author.FullName : null)).ToList();
    }
}
