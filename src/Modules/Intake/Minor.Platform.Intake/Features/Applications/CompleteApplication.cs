using Microsoft.EntityFrameworkCore;
using Minor.Platform.Intake.Data;
using Minor.Platform.Intake.Domain;
using Minor.Platform.SharedKernel.Events;
using Minor.Platform.Tracks.Contracts;

namespace Minor.Platform.Intake.Features.Applications;

/// <summary>
/// A completed minor closes the student's application as afgerond (through gestart when the coordinator had not
/// recorded the start), so the intake figures count it; safe to receive twice.
/// </summary>
public sealed class CompleteApplication(IntakeDbContext db) : IIntegrationEventHandler<MinorCompleted>
{
    public Task HandleAsync(MinorCompleted completed, CancellationToken cancellationToken) =>
        CloseAsync(completed.CohortId, completed.StudentId, completed.OccurredAt, cancellationToken);

    /// <summary>Closes the student's open application in the cohort as afgerond; false when there is none to close.</summary>
    public async Task<bool> CloseAsync(Guid cohortId, Guid studentId, DateTimeOffset completedAt, CancellationToken cancellationToken)
    {
        var application = await db.Applications.IgnoreQueryFilters().Include(a => a.Steps)
            .Where(a => a.StudentId == studentId && a.CohortId == cohortId
                        && (a.Status == ApplicationStatus.Admitted || a.Status == ApplicationStatus.Started))
            .FirstOrDefaultAsync(cancellationToken);
        if (application is null)
        {
            return false;
        }

        if (application.Status == ApplicationStatus.Admitted)
        {
            application.MoveTo(ApplicationStatus.Started, null, null, null, null, completedAt);
        }

        application.MoveTo(ApplicationStatus.Completed, null, null, null, null, completedAt);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
