using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minor.Platform.SharedKernel;
using Minor.Platform.Tracks.Contracts;
using Minor.Platform.Tracks.Data;
using Minor.Platform.Tracks.Localization;

namespace Minor.Platform.Tracks.Features.Cohorts;

/// <summary>
/// A coordinator changes a cohort of their hogeschool: name, period, capacity, enrolment open or closed. The capacity
/// cannot go below the students already enrolled; the curriculum version moves through its own page, with its preview.
/// </summary>
public sealed class ChangeCohortHandler(TracksDbContext db, IStringLocalizer<TracksResource> localizer)
{
    public async Task<CohortDto> HandleAsync(Guid cohortId, CohortInput input, CancellationToken cancellationToken)
    {
        var cohort = await db.Cohorts.FirstOrDefaultAsync(c => c.Id == cohortId, cancellationToken) ?? throw new NotFoundException("cohort");
        if (cohort.ArchivedAt is not null)
        {
            throw new BusinessRuleException("Tracks:CohortArchived");
        }

        var errors = CohortInputRules.Check(input, localizer);
        await CohortInputRules.CheckNameFreeAsync(db, cohortId, input.Name, errors, localizer, cancellationToken);
        if (input.CurriculumVersion is { } version && version != cohort.CurriculumVersion)
        {
            errors.Add("curriculumVersion", localizer["Tracks:CohortVersionMovesElsewhere"]);
        }

        var enrolled = await db.Enrolments.CountAsync(e => e.CohortId == cohortId, cancellationToken);
        if (input.Capacity is { } capacity && capacity < enrolled)
        {
            errors.Add("capacity", localizer["Tracks:CohortCapacityBelowEnrolled", enrolled]);
        }

        errors.ThrowIfAny();
        cohort.Change(input.Name!, input.StartsOn!.Value, input.EndsOn!.Value, input.Capacity);
        if (input.EnrolmentOpen is { } open)
        {
            cohort.SetEnrolment(open);
        }

        await db.SaveChangesAsync(cancellationToken);
        return CohortInputRules.View(cohort);
    }
}
