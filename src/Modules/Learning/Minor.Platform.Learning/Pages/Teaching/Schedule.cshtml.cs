using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Minor.Platform.Curriculum.Contracts;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.Learning.Features;
using Minor.Platform.Learning.Features.Schedule;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Pages;
using Minor.Platform.Tracks.Contracts;

namespace Minor.Platform.Learning.Pages.Teaching;

/// <summary>A cohort's schedule: plan sessions, change them (students get a mail), cancel them.</summary>
[Authorize(Roles = $"{Roles.Lecturer},{Roles.Coordinator}")]
public sealed class ScheduleModel(Schedules schedules, CohortAccess access, TimeProvider time) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public Guid CohortId { get; set; }

    [BindProperty]
    public SessionForm Session { get; set; } = new();

    public CohortDto Cohort { get; private set; } = null!;

    public IReadOnlyList<CourseDto> Modules { get; private set; } = [];

    public IReadOnlyList<SessionView> Upcoming { get; private set; } = [];

    public int Past { get; private set; }

    public bool Saved => Request.Query["opgeslagen"] == "true";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken) =>
        ChangeAsync(() => schedules.AddAsync(CohortId, Session.ToInput(), cancellationToken), "new", cancellationToken);

    public Task<IActionResult> OnPostChangeAsync(Guid sessionId, CancellationToken cancellationToken) =>
        ChangeAsync(() => schedules.UpdateAsync(sessionId, Session.ToInput(), cancellationToken), sessionId.ToString(), cancellationToken);

    public Task<IActionResult> OnPostCancelAsync(Guid sessionId, CancellationToken cancellationToken) =>
        ChangeAsync(() => schedules.CancelAsync(sessionId, cancellationToken), sessionId.ToString(), cancellationToken);

    private async Task<IActionResult> ChangeAsync(Func<Task> change, string failedFor, CancellationToken cancellationToken)
    {
        if (await RunAsync(change, failedFor))
        {
            return Redirect($"/cohorten/{CohortId}/rooster?opgeslagen=true");
        }

        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await access.CohortWithModulesAsync(CohortId, cancellationToken) is not { } found)
        {
            return false;
        }

        (Cohort, Modules) = found;
        var all = await schedules.ListAsync(CohortId, cancellationToken);
        var now = time.GetUtcNow();
        Upcoming = all.Where(s => s.EndsAt > now).ToList();
        Past = all.Count - Upcoming.Count;
        return true;
    }
}

/// <summary>A session as typed: the day and times in Dutch time.</summary>
public sealed class SessionForm
{
    public string? ModuleCode { get; set; }

    public string? Topic { get; set; }

    public DateOnly? Date { get; set; }

    public TimeOnly? Start { get; set; }

    public TimeOnly? End { get; set; }

    public string? Place { get; set; }

    public string? OnlineUrl { get; set; }

    public SessionInput ToInput() => new(ModuleCode, Topic, At(Start), At(End), Place, OnlineUrl);

    private DateTimeOffset? At(TimeOnly? time) =>
        Date is { } date && time is { } t ? DutchTime.FromLocal(date.ToDateTime(t)) : null;
}
