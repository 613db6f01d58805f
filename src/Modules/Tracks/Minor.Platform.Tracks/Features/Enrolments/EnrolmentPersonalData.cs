using Microsoft.EntityFrameworkCore;
using Minor.Platform.SharedKernel.Privacy;
using Minor.Platform.Tracks.Data;

namespace Minor.Platform.Tracks.Features.Enrolments;

/// <summary>The person's enrolments, exemption decisions and completed minors.</summary>
public sealed class EnrolmentPersonalData(TracksDbContext db) : IPersonalDataSource
{
    public string Module => "tracks";

    public async Task<PersonalData> CollectAsync(PersonalDataSubject subject, CancellationToken cancellationToken) =>
        PersonalData.Of(new
        {
            Enrolments = await db.Enrolments.IgnoreQueryFilters().AsNoTracking().Where(e => e.StudentId == subject.UserId)
                .Join(db.Cohorts.IgnoreQueryFilters(), e => e.CohortId, c => c.Id, (e, c) => new { Cohort = c.Name, e.TrackCode, e.EnrolledAt })
                .ToListAsync(cancellationToken),
            Exemptions = await db.Exemptions.IgnoreQueryFilters().AsNoTracking().Where(x => x.StudentId == subject.UserId)
                .OrderBy(x => x.Id).Select(x => new { Module = x.CourseCode, Decision = x.Decision.ToString(), x.Reason, x.DecidedAt })
                .ToListAsync(cancellationToken),
            CompletedMinors = await db.MinorCompletions.IgnoreQueryFilters().AsNoTracking().Where(m => m.StudentId == subject.UserId)
                .Select(m => new { m.TotalEc, m.CompletedAt }).ToListAsync(cancellationToken),
        });
}
