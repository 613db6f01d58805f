using Microsoft.EntityFrameworkCore;
using Minor.Platform.Assessment.Contracts;
using Minor.Platform.Assessment.Data;
using Minor.Platform.Assessment.Domain;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Events;
using Minor.Platform.Tracks.Contracts;

namespace Minor.Platform.Assessment.Features.Results;

public sealed record ModuleResultView(Guid StudentId, decimal? Grade, string Outcome, string? Code);

/// <summary>Module results are never entered: they follow from the published final grades of the module's plan.</summary>
public sealed class ModuleResults(AssessmentDbContext db, ITracksQueries tracks, IEventBus events)
{
    public static string OutcomeCode(ModuleOutcome outcome) => outcome.ToString().ToLowerInvariant();

    /// <summary>A student's result as pages and the API show it; no stored result means incomplete (ND).</summary>
    public static ModuleResultView ViewOf(Guid studentId, ModuleResult? result) => result is null
        ? new ModuleResultView(studentId, null, OutcomeCode(ModuleOutcome.Incomplete), ModuleResultCodes.Missing)
        : new ModuleResultView(studentId, result.Grade, OutcomeCode(result.Outcome), result.Code);

    /// <summary>Every enrolled student's result for the module; a student without a result is incomplete (ND).</summary>
    public async Task<IReadOnlyList<ModuleResultView>> ListAsync(Guid cohortId, string moduleCode, CancellationToken cancellationToken)
    {
        var cohort = await tracks.GetCohortAsync(cohortId, cancellationToken) ?? throw new NotFoundException("cohort");
        var enrolments = await tracks.ListEnrolmentsAsync(cohort.Id, cancellationToken);
        var results = await db.ModuleResults.AsNoTracking()
            .Where(r => r.CohortId == cohort.Id && r.CourseCode == moduleCode)
            .ToDictionaryAsync(r => r.StudentId, cancellationToken);
        return enrolments.Select(e => ViewOf(e.StudentId, results.GetValueOrDefault(e.StudentId))).ToList();
    }

    /// <summary>
    /// Recomputes the students' results in the caller's unit of work (tracked grades count with their unsaved
    /// values); an exempted module stays VR. Returns the events of results that now pass, to publish after the commit.
    /// </summary>
    public async Task<IReadOnlyList<ModuleResultPublished>> RecomputeAsync(
        PlannedAssessment changed, IReadOnlyCollection<Guid> studentIds, Guid? examinerId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var assessments = await db.Assessments.AsNoTracking().Where(a => a.PlanId == changed.PlanId).ToListAsync(cancellationToken);
        var assessmentIds = assessments.Select(a => a.Id).ToList();
        var grades = await db.StudentGrades
            .Where(g => assessmentIds.Contains(g.AssessmentId) && studentIds.Contains(g.StudentId))
            .ToListAsync(cancellationToken);
        var existing = await db.ModuleResults
            .Where(r => r.CohortId == changed.CohortId && r.CourseCode == changed.CourseCode && studentIds.Contains(r.StudentId))
            .ToDictionaryAsync(r => r.StudentId, cancellationToken);
        var rounding = await db.ExamRegulations.AsNoTracking()
            .Where(r => r.InstitutionId == changed.InstitutionId).Select(r => (RoundingRule?)r.ModuleResultRounding)
            .FirstOrDefaultAsync(cancellationToken) ?? ExamRegulation.DefaultRounding;

        var passed = new List<ModuleResultPublished>();
        foreach (var studentId in studentIds)
        {
            var published = grades.Where(g => g.StudentId == studentId && g.IsPublished).ToDictionary(g => g.AssessmentId);
            var components = assessments.Select(a => new ComponentMark(
                a.Weight, a.Scale, a.MinimumGrade, published.TryGetValue(a.Id, out var g) ? g.Mark : null)).ToList();
            var computed = ModuleResultCalculator.Compute(components, rounding);
            if (existing.TryGetValue(studentId, out var exempt) && exempt.Outcome == ModuleOutcome.Exempt)
            {
                continue;
            }

            if (!existing.TryGetValue(studentId, out var result))
            {
                result = new ModuleResult(changed.InstitutionId, changed.CohortId, changed.CourseCode, studentId);
                db.ModuleResults.Add(result);
            }

            if (result.Apply(computed, examinerId, now))
            {
                passed.Add(new ModuleResultPublished(
                    Guid.CreateVersion7(), now, result.Id, result.InstitutionId, result.CohortId, result.CourseCode, studentId, result.Grade,
                    Passed: true, examinerId));
            }
        }

        return passed;
    }

    public async Task PublishAsync(IEnumerable<ModuleResultPublished> passed, CancellationToken cancellationToken)
    {
        foreach (var published in passed)
        {
            await events.PublishAsync(published, cancellationToken);
        }
    }
}
