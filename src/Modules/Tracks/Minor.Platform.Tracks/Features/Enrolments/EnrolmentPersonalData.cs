using Microsoft.EntityFrameworkCore;
using Minor.Platform.SharedKernel.Privacy;
using Minor.Platform.Tracks.Data;

namespace Minor.Platform.Tracks.Features.Enrolments;

/// <summary>The person's enrolments, study plan, exemption requests with their evidence, decisions and completed minors.</summary>
public sealed class EnrolmentPersonalData(TracksDbContext db) : IPersonalDataSource
{
    public string Module => "tracks";

    public async Task<PersonalData> CollectAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        var requests = await db.ExemptionRequests.IgnoreQueryFilters().AsNoTracking().Include(r => r.Evidence)
            .Where(r => r.StudentId == subject.UserId).OrderBy(r => r.SubmittedAt).ToListAsync(cancellationToken);
        var files = requests.SelectMany(r => r.Evidence).Select(e => new PersonalFile($"evidence/{e.Id:N}-{e.Name}", e.BlobKey)).ToList();
        return new PersonalData(new
        {
            Enrolments = await db.Enrolments.IgnoreQueryFilters().AsNoTracking().Where(e => e.StudentId == subject.UserId)
                .Join(db.Cohorts.IgnoreQueryFilters(), e => e.CohortId, c => c.Id, (e, c) => new { Cohort = c.Name, e.TrackCode, e.EnrolledAt })
                .ToListAsync(cancellationToken),
            Exemptions = await db.Exemptions.IgnoreQueryFilters().AsNoTracking().Where(x => x.StudentId == subject.UserId)
                .OrderBy(x => x.Id).Select(x => new { Module = x.CourseCode, Decision = x.Decision.ToString(), x.Reason, x.DecidedAt })
                .ToListAsync(cancellationToken),
            CompletedMinors = await db.MinorCompletions.IgnoreQueryFilters().AsNoTracking().Where(m => m.StudentId == subject.UserId)
                .Select(m => new { m.TotalEc, m.CompletedAt }).ToListAsync(cancellationToken),
            StudyPlan = await db.StudyPlanItems.IgnoreQueryFilters().AsNoTracking().Where(i => i.StudentId == subject.UserId)
                .OrderBy(i => i.CohortId).ThenBy(i => i.Position)
                .Select(i => new { i.Code, Kind = i.Kind.ToString(), i.Ec, i.Note, i.ExemptedOutcomes, i.PassedAt }).ToListAsync(cancellationToken),
            ExemptionRequests = requests.Select(r => new
            {
                Module = r.CourseCode, r.LearningOutcomeCodes, r.Motivation, r.SubmittedAt, Decision = r.Decision?.ToString(), r.DecidedAt,
                Evidence = r.Evidence.OrderBy(e => e.Position).Select(e => new { e.Name, e.Size, e.Sha256 }),
            }),
        }, files);
    }
}
