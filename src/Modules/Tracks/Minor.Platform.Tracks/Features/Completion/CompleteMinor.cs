using Microsoft.EntityFrameworkCore;
using Minor.Platform.Assessment.Contracts;
using Minor.Platform.Curriculum.Contracts;
using Minor.Platform.SharedKernel.Events;
using Minor.Platform.Tracks.Contracts;
using Minor.Platform.Tracks.Data;
using Minor.Platform.Tracks.Domain;

namespace Minor.Platform.Tracks.Features.Completion;

/// <summary>
/// After every passing module result, checks whether the student has now passed every module of the minor; if so,
/// records the completion once (a unique index) and publishes <see cref="MinorCompleted"/>. Until study plans with
/// exemptions exist, every track requires every module of the curriculum.
/// </summary>
public sealed class CompleteMinor(
    TracksDbContext db, ICurriculumQueries curriculum, IAssessmentQueries assessment, IEventBus events, TimeProvider time)
    : IIntegrationEventHandler<ModuleResultPublished>
{
    public async Task HandleAsync(ModuleResultPublished published, CancellationToken cancellationToken)
    {
        if (!published.Passed)
        {
            return;
        }

        var enrolled = await db.Enrolments.IgnoreQueryFilters().AnyAsync(
            e => e.CohortId == published.CohortId && e.StudentId == published.StudentId && e.InstitutionId == published.InstitutionId,
            cancellationToken);
        var completed = await db.MinorCompletions.IgnoreQueryFilters().AnyAsync(
            c => c.CohortId == published.CohortId && c.StudentId == published.StudentId, cancellationToken);
        if (!enrolled || completed)
        {
            return;
        }

        var courses = await curriculum.ListCoursesAsync(cancellationToken);
        var passed = (await assessment.ListResultsOfStudentForProcessingAsync(published.StudentId, cancellationToken))
            .Where(r => r.Passed && r.CohortId == published.CohortId).Select(r => r.CourseCode).ToHashSet();
        if (courses.Count == 0 || !courses.All(c => passed.Contains(c.Code)))
        {
            return;
        }

        var completion = new MinorCompletion(published.InstitutionId, published.CohortId, published.StudentId, courses.Sum(c => c.Ec), time.GetUtcNow());
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
