using Microsoft.EntityFrameworkCore;
using Minor.Platform.SharedKernel.Data;
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
        if (await AlreadyEnrolledAsync(command, cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow();
        var enrolment = new Enrolment(command.InstitutionId, command.CohortId, command.StudentId, command.TrackCode, now, command.ApplicationId);
        db.Enrolments.Add(enrolment);
        await plans.EnsureAsync(enrolment, cancellationToken);
        if (!await db.SaveUnlessStoredMeanwhileAsync(ct => AlreadyEnrolledAsync(command, ct), cancellationToken))
        {
            // A concurrent delivery of the same admission won the race on the unique index.
            return;
        }

        await events.PublishAsync(
            new StudentEnrolled(Guid.CreateVersion7(), now, command.InstitutionId, command.CohortId, command.StudentId, command.TrackCode),
            cancellationToken);
    }

    private Task<bool> AlreadyEnrolledAsync(EnrolStudent command, CancellationToken cancellationToken) =>
        db.Enrolments.IgnoreQueryFilters().AnyAsync(e => e.CohortId == command.CohortId && e.StudentId == command.StudentId, cancellationToken);
}
