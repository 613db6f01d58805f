using Microsoft.EntityFrameworkCore;
using Minor.Platform.SharedKernel.Events;
using Minor.Platform.Tracks.Contracts;
using Minor.Platform.Tracks.Data;
using Minor.Platform.Tracks.Domain;
using Minor.Platform.Tracks.Features.StudyPlans;

namespace Minor.Platform.Tracks.Features.Enrolments;

public sealed record EnrolStudent(Guid InstitutionId, Guid CohortId, Guid StudentId, string TrackCode, Guid? ApplicationId);

/// <summary>
/// Enrols a student in a cohort with the study plan of the track, in one transaction; enrolling twice changes nothing
/// and publishes nothing the second time.
/// </summary>
public sealed class EnrolStudentHandler(TracksDbContext db, StudyPlanFactory plans, IEventBus events, TimeProvider time)
{
    public async Task HandleAsync(EnrolStudent command, CancellationToken cancellationToken)
    {
        var exists = await db.Enrolments.IgnoreQueryFilters()
            .AnyAsync(e => e.CohortId == command.CohortId && e.StudentId == command.StudentId, cancellationToken);
        if (exists)
        {
            return;
        }

        var now = time.GetUtcNow();
        var enrolment = new Enrolment(command.InstitutionId, command.CohortId, command.StudentId, command.TrackCode, now, command.ApplicationId);
        db.Enrolments.Add(enrolment);
        await plans.EnsureAsync(enrolment, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent delivery of the same admission may have won the race on the unique index.
            if (await AlreadyEnrolledAsync(command, cancellationToken))
            {
                return;
            }

            throw;
        }

        await events.PublishAsync(
            new StudentEnrolled(Guid.CreateVersion7(), now, command.InstitutionId, command.CohortId, command.StudentId, command.TrackCode),
            cancellationToken);
    }

    private async Task<bool> AlreadyEnrolledAsync(EnrolStudent command, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.Enrolments.IgnoreQueryFilters()
            .AnyAsync(e => e.CohortId == command.CohortId && e.StudentId == command.StudentId, cancellationToken);
    }
}
