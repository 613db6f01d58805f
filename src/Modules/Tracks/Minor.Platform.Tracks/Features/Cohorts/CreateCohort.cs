using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minor.Platform.Curriculum.Contracts;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Tenancy;
using Minor.Platform.Tracks.Contracts;
using Minor.Platform.Tracks.Data;
using Minor.Platform.Tracks.Domain;
using Minor.Platform.Tracks.Localization;

namespace Minor.Platform.Tracks.Features.Cohorts;

/// <summary>A cohort as a coordinator (or the API) gives it: the fields of <c>POST /api/v1/cohorts</c>.</summary>
public sealed record CohortInput(string? Name, DateOnly? StartsOn, DateOnly? EndsOn, int? Capacity, int? CurriculumVersion, bool? EnrolmentOpen = null);

/// <summary>
/// A coordinator opens a cohort of their own hogeschool for a period, on a published curriculum version (the newest
/// when none is named). Enrolment is open unless the input says otherwise.
/// </summary>
public sealed class CreateCohortHandler(TracksDbContext db, ICurriculumQueries curriculum, ICurrentUser currentUser, IStringLocalizer<TracksResource> localizer)
{
    public async Task<CohortDto> HandleAsync(CohortInput input, CancellationToken cancellationToken)
    {
        var institutionId = currentUser.InstitutionId ?? throw new BusinessRuleException("Tracks:UnknownCohort");
        var errors = CohortInputRules.Check(input, localizer);
        var published = (await curriculum.ListVersionsAsync(cancellationToken)).Where(v => v.Status == CurriculumVersionDto.Published).Select(v => v.Version).ToList();
        var version = input.CurriculumVersion ?? (published.Count == 0 ? 0 : published.Max());
        if (!published.Contains(version))
        {
            errors.Add("curriculumVersion", localizer["Tracks:VersionNotPublished", version]);
        }

        await CohortInputRules.CheckNameFreeAsync(db, null, input.Name, errors, localizer, cancellationToken);
        errors.ThrowIfAny();

        var cohort = new Cohort(institutionId, input.Name!, input.StartsOn!.Value, input.EndsOn!.Value, input.Capacity, version, input.EnrolmentOpen ?? true);
        db.Cohorts.Add(cohort);
        await db.SaveChangesAsync(cancellationToken);
        return CohortInputRules.View(cohort);
    }
}
