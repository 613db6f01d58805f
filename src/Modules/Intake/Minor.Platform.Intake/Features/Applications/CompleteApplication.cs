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
    public async Task HandleAsync(MinorCompleted completed, CancellationToken cancellationToken)
    {
        var application = await db.Applications.IgnoreQueryFilters().Include(a => a.Steps)
            .Where(a => a.StudentId == completed.StudentId && a.CohortId == completed.CohortId
                        && (a.Status == ApplicationStatus.Admitted || a.Status == ApplicationStatus.Started))
            .FirstOrDefaultAsync(cancellationToken);
        if (application is null)
        {
            return;
        }

        if (application.Status == ApplicationStatus.Admitted)
        {
            application.MoveTo(ApplicationStatus.Started, null, null, null, null, completed.OccurredAt);
        }

        application.MoveTo(ApplicationStatus.Completed, null, null, null, null, completed.OccurredAt);
        await db.SaveChangesAsync(cancellationToken);
    }
}
