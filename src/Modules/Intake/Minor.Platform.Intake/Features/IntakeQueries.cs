using Microsoft.EntityFrameworkCore;
using Minor.Platform.Intake.Contracts;
using Minor.Platform.Intake.Data;

namespace Minor.Platform.Intake.Features;

public sealed class IntakeQueries(IntakeDbContext db) : IIntakeQueries
{
    public async Task<IReadOnlyList<ApplicationSummaryDto>> ListApplicationsAsync(CancellationToken cancellationToken) =>
        await db.Applications.AsNoTracking()
            .OrderByDescending(a => a.SubmittedAt)
            .Select(a => new ApplicationSummaryDto(
                a.Id, a.FirstName, a.LastName, a.Email, a.TrackCode, a.Status.ToString(), a.SubmittedAt,
                a.Background.Sector, a.Background.YearsExperience, a.Background.EducationLevel, a.Background.Region,
                a.StudentId, a.CohortId))
            .ToListAsync(cancellationToken);
}
