using Microsoft.EntityFrameworkCore;
using Minor.Platform.Intake.Contracts;
using Minor.Platform.Intake.Data;

namespace Minor.Platform.Intake.Features;

public sealed class IntakeQueries(IntakeDbContext db) : IIntakeQueries
{
    /// <summary>How far apart two applications with the same e-mail address may be to count as one period.</summary>
    public static readonly TimeSpan DuplicatePeriod = TimeSpan.FromDays(365);

    /// <summary>The hogeschool's applications, newest first; one with the same e-mail as another within a year is flagged.</summary>
    public async Task<IReadOnlyList<ApplicationSummaryDto>> ListApplicationsAsync(CancellationToken cancellationToken)
    {
        var applications = await db.Applications.AsNoTracking()
            .OrderByDescending(a => a.SubmittedAt)
            .Select(a => new ApplicationSummaryDto(
                a.Id, a.FirstName, a.LastName, a.Email, a.TrackCode, a.Status.ToString(), a.SubmittedAt,
                a.Background.Sector, a.Background.YearsExperience, a.Background.EducationLevel, a.Background.Region,
                a.StudentId, a.CohortId, false, a.AnonymisedAt != null, a.LegalHoldReason, a.Period))
            .ToListAsync(cancellationToken);
        var byEmail = applications.ToLookup(a => a.Email.Trim().ToLowerInvariant());
        return applications.Select(a => a with
        {
            PossibleDuplicate = a.Email.Length > 0 && byEmail[a.Email.Trim().ToLowerInvariant()]
                .Any(other => other.Id != a.Id && (other.SubmittedAt - a.SubmittedAt).Duration() <= DuplicatePeriod),
        }).ToList();
    }
}
