using Microsoft.EntityFrameworkCore;
using Minor.Platform.Assessment.Contracts;
using Minor.Platform.Curriculum.Contracts;
using Minor.Platform.SharedKernel.Events;
using Minor.Platform.Tracks.Contracts;
using Minor.Platform.Tracks.Data;
using Minor.Platform.Tracks.Domain;

namespace Minor.Platform.Tracks.Features.Completion;

/// <summary>After every passing module result, checks whether the student has now completed the minor.</summary>
public sealed class CompleteMinor(MinorCompletionCheck completion) : IIntegrationEventHandler<ModuleResultPublished>
{
    public Task HandleAsync(ModuleResultPublished published, CancellationToken cancellationToken) =>
        published.Passed ? completion.CheckAsync(published.InstitutionId, published.CohortId, published.StudentId, cancellationToken) : Task.CompletedTask;
}

/// <summary>
/// Records the completion of the minor once (a unique index) when every module of the curriculum is passed or
/// exempted, and publishes <see cref="MinorCompleted"/>. Until study plans exist, every track requires every module.
/// </summary>
public sealed class MinorCompletionCheck(
    TracksDbContext db, ICurriculumQueries curriculum, IAssessmentQueries assessment, IEventBus events, TimeProvider time)
{
    public async Task CheckAsync(Guid institutionId, Guid cohortId, Guid studentId, CancellationToken cancellationToken)
    {
        var enrolled = await db.Enrolments.IgnoreQueryFilters().AnyAsync(
            e => e.CohortId == cohortId && e.StudentId == studentId && e.InstitutionId == institutionId, cancellationToken);
        var completed = await db.MinorCompletions.IgnoreQueryFilters().AnyAsync(
            c => c.CohortId == cohortId && c.StudentId == studentId, cancellationToken);
        if (!enrolled || completed)
        {
            return;
        }

        var courses = await curriculum.ListCoursesAsync(cancellationToken);
        var done = (await assessment.ListResultsOfStudentForProcessingAsync(studentId, cancellationToken))
            .Where(r => r.Passed && r.CohortId == cohortId).Select(r => r.CourseCode)
            .Concat(await db.Exemptions.IgnoreQueryFilters()
                .Where(x => x.StudentId == studentId && x.CohortId == cohortId && x.Decision == ExemptionDecision.Granted)
                .Select(x => x.CourseCode).ToListAsync(cancellationToken))
            .ToHashSet();
        if (courses.Count == 0 || !courses.All(c => done.Contains(c.Code)))
        {
            return;
        }

        var completion = new MinorCompletion(institutionId, cohortId, studentId, courses.Sum(c => c.Ec), time.GetUtcNow());
        db.MinorCompletions.Add(completion);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent result for the same student recorded the completion first.
            return;
        }

        await events.PublishAsync(
            new MinorCompleted(Guid.CreateVersion7(), completion.CompletedAt, completion.Id, completion.InstitutionId,
                completion.CohortId, completion.StudentId, completion.TotalEc),
            cancellationToken);
    }
}
