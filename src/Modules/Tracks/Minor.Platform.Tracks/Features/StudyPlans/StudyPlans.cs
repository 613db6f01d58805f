using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minor.Platform.Curriculum.Contracts;
using Minor.Platform.SharedKernel;
using Minor.Platform.Tracks.Data;
using Minor.Platform.Tracks.Domain;
using Minor.Platform.Tracks.Features.Completion;
using Minor.Platform.Tracks.Localization;

namespace Minor.Platform.Tracks.Features.StudyPlans;

public sealed record StudyPlanItemView(
    string Code, string Kind, decimal Ec, string Title, string TitleEn, string? Note, string? NoteEn, IReadOnlyList<string> ExemptedOutcomes, DateTimeOffset? PassedAt);

public sealed record StudyPlanView(
    Guid StudentId, Guid CohortId, string CohortName, string TrackCode, DateOnly StartsOn, bool Editable, decimal TotalEc, IReadOnlyList<StudyPlanItemView> Items);

public sealed record PlanChange(string? Code, string? Kind, string? Note, string? NoteEn);

/// <summary>
/// Study plans: made from the track when a student is enrolled (and, for an enrolment from before study plans, the
/// first time anyone reads it), changed by the coordinator until the cohort starts, and by exemption decisions.
/// </summary>
public sealed class StudyPlans(
    TracksDbContext db,
    StudyPlanFactory factory,
    MinorCompletionCheck completion,
    ICurriculumQueries curriculum,
    IStringLocalizer<TracksResource> localizer,
    TimeProvider time)
{
    /// <summary>The plan of the student's latest enrolment of the caller's hogeschool (404 for anyone else's).</summary>
    public async Task<StudyPlanView> GetAsync(Guid studentId, CancellationToken cancellationToken)
    {
        var enrolment = await LatestEnrolmentAsync(studentId, cancellationToken);
        var items = await factory.EnsureAsync(enrolment, cancellationToken);
        await SaveCreatedAsync(cancellationToken);
        return await ViewAsync(enrolment, items, cancellationToken);
    }

    /// <summary>The coordinator's changes before the cohort starts: a module required or replaced (with a note).</summary>
    public async Task<StudyPlanView> ChangeAsync(Guid studentId, IReadOnlyList<PlanChange>? changes, CancellationToken cancellationToken)
    {
        var enrolment = await LatestEnrolmentAsync(studentId, cancellationToken);
        var cohort = await db.Cohorts.AsNoTracking().FirstAsync(c => c.Id == enrolment.CohortId, cancellationToken);
        if (!IsEditable(cohort))
        {
            throw new BusinessRuleException("Tracks:StudyPlanLocked") { MessageArguments = [cohort.StartsOn.ToString("d-M-yyyy", System.Globalization.CultureInfo.InvariantCulture)] };
        }

        var items = await factory.EnsureAsync(enrolment, cancellationToken);
        var errors = new InputErrors();
        var planned = new List<(StudyPlanItem Item, StudyPlanItemKind Kind, PlanChange Change)>();
        foreach (var (change, index) in (changes ?? []).Select((c, i) => (c, i)))
        {
            var item = items.FirstOrDefault(i => i.IsModule && string.Equals(i.Code, change.Code?.Trim(), StringComparison.OrdinalIgnoreCase));
            StudyPlanItemKind? kind = change.Kind?.Trim().ToLowerInvariant() switch
            {
                "required" => StudyPlanItemKind.Required,
                "replaced" => StudyPlanItemKind.Replaced,
                _ => null,
            };
            if (item is null)
            {
                errors.Add($"items[{index}].code", localizer["Tracks:UnknownModule"]);
            }
            else if (kind is null)
            {
                errors.Add($"items[{index}].kind", localizer["Tracks:UnknownPlanKind"]);
            }
            else if (kind == StudyPlanItemKind.Replaced)
            {
                errors.RequireText($"items[{index}].note", change.Note, 500, localizer["Tracks:ReplacementRequired"], localizer["Tracks:ReasonTooLong"]);
            }

            if (item is not null && kind is not null)
            {
                planned.Add((item, kind.Value, change));
            }
        }

        errors.ThrowIfAny();
        foreach (var (item, kind, change) in planned)
        {
            item.Plan(kind, change.Note?.Trim(), string.IsNullOrWhiteSpace(change.NoteEn) ? null : change.NoteEn.Trim());
        }

        await db.SaveChangesAsync(cancellationToken);
        return await ViewAsync(enrolment, items, cancellationToken);
    }

    /// <summary>A bridging unit passed (voldaan); it may complete the minor.</summary>
    public async Task<StudyPlanView> PassBridgingUnitAsync(Guid studentId, string code, CancellationToken cancellationToken)
    {
        var enrolment = await LatestEnrolmentAsync(studentId, cancellationToken);
        var items = await factory.EnsureAsync(enrolment, cancellationToken);
        var unit = items.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase)) ?? throw new NotFoundException("bridging unit");
        unit.Pass(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await completion.CheckAsync(enrolment.InstitutionId, enrolment.CohortId, enrolment.StudentId, cancellationToken);
        return await ViewAsync(enrolment, items, cancellationToken);
    }

    public bool IsEditable(Cohort cohort) => DateOnly.FromDateTime(DutchTime.ToLocal(time.GetUtcNow()).DateTime) < cohort.StartsOn;

    public async Task<Enrolment> LatestEnrolmentAsync(Guid studentId, CancellationToken cancellationToken) =>
        await db.Enrolments.AsNoTracking().Where(e => e.StudentId == studentId)
            .OrderByDescending(e => e.EnrolledAt).FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("student");

    private async Task SaveCreatedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent reader made the same plan first (a unique index per student, cohort and code).
            db.ChangeTracker.Clear();
        }
    }

    private async Task<StudyPlanView> ViewAsync(Enrolment enrolment, IReadOnlyList<StudyPlanItem> items, CancellationToken cancellationToken)
    {
        var cohort = await db.Cohorts.IgnoreQueryFilters().AsNoTracking().FirstAsync(c => c.Id == enrolment.CohortId, cancellationToken);
        var courses = (await curriculum.ListCoursesAsync(cohort.CurriculumVersion, cancellationToken)).ToDictionary(c => c.Code);
        var views = items.OrderBy(i => i.Position).Select(i =>
        {
            var course = courses.GetValueOrDefault(i.Code);
            return new StudyPlanItemView(
                i.Code, i.Kind.ToString().ToLowerInvariant(), i.Ec, course?.Title ?? i.Note ?? i.Code, course?.TitleEn ?? i.NoteEn ?? i.Note ?? i.Code,
                i.IsModule ? i.Note : null, i.IsModule ? i.NoteEn : null, i.ExemptedOutcomes, i.PassedAt);
        }).ToList();
        return new StudyPlanView(enrolment.StudentId, enrolment.CohortId, cohort.Name, enrolment.TrackCode, cohort.StartsOn, IsEditable(cohort), items.Where(i => i.IsModule).Sum(i => i.Ec), views);
    }
}
