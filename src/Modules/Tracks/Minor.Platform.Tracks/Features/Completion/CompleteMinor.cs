using Microsoft.EntityFrameworkCore;
using Minor.Platform.SharedKernel.Data;
using Minor.Platform.Assessment.Contracts;
using Minor.Platform.SharedKernel.Events;
using Minor.Platform.Tracks.Contracts;
using Minor.Platform.Tracks.Data;
using Minor.Platform.Tracks.Domain;
using Minor.Platform.Tracks.Features.StudyPlans;

namespace Minor.Platform.Tracks.Features.Completion;

/// <summary>After every passing module result, checks whether the student has now completed the minor.</summary>
public sealed class CompleteMinor(MinorCompletionCheck completion) : IIntegrationEventHandler<ModuleResultPublished>
{
    public Task HandleAsync(ModuleResultPublished published, CancellationToken cancellationToken) =>
        published.Passed ? completion.CheckAsync(published.InstitutionId, published.CohortId, published.StudentId, cancellationToken) : Task.CompletedTask;
}

/// <summary>
/// Records the completion of the minor once (a unique index) when every line of the student's study plan is done:
/// each required or replaced module passed, each exempted one granted, each bridging unit passed; then publishes
/// <see cref="MinorCompleted"/> with the plan's EC.
/// </summary>
public sealed class MinorCompletionCheck(
    TracksDbContext db, StudyPlanFactory plans, IAssessmentQueries assessment, IEventBus events, TimeProvider time)
{
    public async Task CheckAsync(Guid institutionId, Guid cohortId, Guid studentId, CancellationToken cancellationToken)
    {
        var enrolment = await db.Enrolments.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(
            e => e.CohortId == cohortId && e.StudentId == studentId && e.InstitutionId == institutionId, cancellationToken);
        if (enrolment is null || await CompletedAsync(cohortId, studentId, cancellationToken))
        {
            return;
        }

        var items = await plans.EnsureAsync(enrolment, cancellationToken);
        var passed = (await assessment.ListResultsOfStudentForProcessingAsync(studentId, cancellationToken))
            .Where(r => r.Passed && r.CohortId == cohortId).Select(r => r.CourseCode).ToHashSet();
        var done = items.Count > 0 && items.All(i => i.Kind switch
        {
            StudyPlanItemKind.Exempted => true,
            StudyPlanItemKind.Bridging => i.PassedAt is not null,
            _ => passed.Contains(i.Code),
        });
        if (!done)
        {
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        var completion = new MinorCompletion(institutionId, cohortId, studentId, items.Where(i => i.IsModule).Sum(i => i.Ec), time.GetUtcNow());
        db.MinorCompletions.Add(completion);
        // The safety net, or a result of another module, may record the completion at the same moment; the context
        // then serves the rest of the request (a publication checks one student after another).
        if (!await db.SaveUnlessStoredMeanwhileAsync(ct => CompletedAsync(cohortId, studentId, ct), cancellationToken))
        {
            return;
        }

        await events.PublishAsync(
            new MinorCompleted(Guid.CreateVersion7(), completion.CompletedAt, completion.Id, completion.InstitutionId,
                completion.CohortId, completion.StudentId, completion.TotalEc),
            cancellationToken);
    }

    private Task<bool> CompletedAsync(Guid cohortId, Guid studentId, CancellationToken cancellationToken) =>
        db.MinorCompletions.IgnoreQueryFilters().AnyAsync(c => c.CohortId == cohortId && c.StudentId == studentId, cancellationToken);
}
