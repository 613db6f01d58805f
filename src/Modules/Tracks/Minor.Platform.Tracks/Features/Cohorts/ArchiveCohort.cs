using Microsoft.EntityFrameworkCore;
using Minor.Platform.SharedKernel;
using Minor.Platform.Tracks.Contracts;
using Minor.Platform.Tracks.Data;

namespace Minor.Platform.Tracks.Features.Cohorts;

/// <summary>
/// A coordinator archives a cohort that is over: it stays readable with its students, results and certificates, but
/// takes no new students and cannot be changed. A cohort that has not ended yet cannot be archived.
/// </summary>
public sealed class ArchiveCohortHandler(TracksDbContext db, TimeProvider time)
{
    public async Task<CohortDto> HandleAsync(Guid cohortId, CancellationToken cancellationToken)
    {
        var cohort = await db.Cohorts.FirstOrDefaultAsync(c => c.Id == cohortId, cancellationToken) ?? throw new NotFoundException("cohort");
        var now = time.GetUtcNow();
        if (cohort.EndsOn > DateOnly.FromDateTime(DutchTime.ToLocal(now).DateTime))
        {
            throw new BusinessRuleException("Tracks:CohortNotOver") { MessageArguments = [cohort.EndsOn.ToString("d MMMM yyyy", System.Globalization.CultureInfo.CurrentCulture)] };
        }

        cohort.Archive(now);
        await db.SaveChangesAsync(cancellationToken);
        return CohortInputRules.View(cohort);
    }
}
