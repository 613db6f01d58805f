using Microsoft.Extensions.Caching.Memory;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.SharedKernel.Events;
using Minor.Platform.Tracks.Contracts;

namespace Minor.Platform.Assessment.Features.Gradebook;

/// <summary>
/// The order of a cohort's students in its gradebook (by last and first name), kept in memory for a minute so that a
/// page of a 10,000-student cohort does not order 10,000 names again. An enrolment on this node forgets the cohort's
/// order at once; another node's copy is at most a minute old. Callers check access to the cohort first.
/// </summary>
public sealed class GradebookRosters(ITracksQueries tracks, IIdentityQueries identity, IMemoryCache cache)
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(1);

    public async Task<IReadOnlyList<Guid>> OrderedAsync(Guid cohortId, CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync(Key(cohortId), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = KeepFor;
            var enrolled = (await tracks.ListEnrolmentsAsync(cohortId, cancellationToken)).Select(e => e.StudentId).ToList();
            return await identity.OrderByNameAsync(enrolled, cancellationToken);
        }))!;

    public void Forget(Guid cohortId) => cache.Remove(Key(cohortId));

    private static (Type, Guid) Key(Guid cohortId) => (typeof(GradebookRosters), cohortId);
}

/// <summary>A new student belongs in their cohort's gradebook at once.</summary>
public sealed class ForgetRosterOnEnrolment(GradebookRosters rosters) : IIntegrationEventHandler<StudentEnrolled>
{
    public Task HandleAsync(StudentEnrolled enrolled, CancellationToken cancellationToken)
    {
        rosters.Forget(enrolled.CohortId);
        return Task.CompletedTask;
    }
}
