using Microsoft.EntityFrameworkCore;
using Minor.Platform.Curriculum.Contracts;
using Minor.Platform.Tracks.Data;
using Minor.Platform.Tracks.Domain;

namespace Minor.Platform.Tracks.Features.StudyPlans;

/// <summary>Makes a student's study plan from the curriculum and the track; every other part of Tracks reads plans through it.</summary>
public sealed class StudyPlanFactory(TracksDbContext db, ICurriculumQueries curriculum)
{
    /// <summary>
    /// The student's plan in the enrolment's cohort; when there is none yet (an enrolment from before study plans), a new
    /// one is added to the context, unsaved, with the exemptions granted so far.
    /// </summary>
    public async Task<List<StudyPlanItem>> EnsureAsync(Enrolment enrolment, CancellationToken cancellationToken)
    {
        var items = await db.StudyPlanItems.IgnoreQueryFilters()
            .Where(i => i.CohortId == enrolment.CohortId && i.StudentId == enrolment.StudentId)
            .OrderBy(i => i.Position).ToListAsync(cancellationToken);
        if (items.Count > 0)
        {
            return items;
        }

        var track = await db.Tracks.AsNoTracking().FirstOrDefaultAsync(t => t.Code == enrolment.TrackCode, cancellationToken);
        var definition = track?.Definition ?? TrackDefinition.Regular;
        var position = 0;
        foreach (var course in await curriculum.ListCoursesAsync(await db.CurriculumVersionOfAsync(enrolment.CohortId, cancellationToken), cancellationToken))
        {
            var replaced = definition.Replaced.FirstOrDefault(r => r.Module == course.Code);
            items.Add(new StudyPlanItem(
                enrolment.InstitutionId, enrolment.CohortId, enrolment.StudentId, position++, course.Code,
                replaced is null ? StudyPlanItemKind.Required : StudyPlanItemKind.Replaced, course.Ec, replaced?.Note, replaced?.NoteEn));
        }

        foreach (var unit in definition.BridgingUnits)
        {
            items.Add(new StudyPlanItem(
                enrolment.InstitutionId, enrolment.CohortId, enrolment.StudentId, position++, unit.Code, StudyPlanItemKind.Bridging, 0m, unit.Name, unit.NameEn));
        }

        var granted = await db.Exemptions.IgnoreQueryFilters()
            .Where(x => x.StudentId == enrolment.StudentId && x.CohortId == enrolment.CohortId && x.Decision == ExemptionDecision.Granted)
            .Select(x => x.CourseCode).ToListAsync(cancellationToken);
        foreach (var item in items.Where(i => granted.Contains(i.Code)))
        {
            item.Exempt();
        }

        db.StudyPlanItems.AddRange(items);
        return items;
    }
}
