using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minor.Platform.SharedKernel;
using Minor.Platform.Tracks.Contracts;
using Minor.Platform.Tracks.Data;
using Minor.Platform.Tracks.Domain;
using Minor.Platform.Tracks.Localization;

namespace Minor.Platform.Tracks.Features.Cohorts;

/// <summary>The field checks that opening and changing a cohort share.</summary>
internal static class CohortInputRules
{
    public static InputErrors Check(CohortInput input, IStringLocalizer<TracksResource> localizer)
    {
        var errors = new InputErrors().RequireText("name", input.Name, 200, localizer["Tracks:CohortNameRequired"], localizer["Tracks:CohortTooLong", 200]);
        if (input.StartsOn is null)
        {
            errors.Add("startsOn", localizer["Tracks:CohortDateRequired"]);
        }

        if (input.EndsOn is null)
        {
            errors.Add("endsOn", localizer["Tracks:CohortDateRequired"]);
        }
        else if (input.StartsOn is { } start && input.EndsOn <= start)
        {
            errors.Add("endsOn", localizer["Tracks:CohortEndsBeforeStart"]);
        }

        if (input.Capacity is < 1 or > Cohort.MaxCapacity)
        {
            errors.Add("capacity", localizer["Tracks:CohortCapacityInvalid", Cohort.MaxCapacity]);
        }

        return errors;
    }

    public static async Task CheckNameFreeAsync(
        TracksDbContext db, Guid? id, string? name, InputErrors errors, IStringLocalizer<TracksResource> localizer, CancellationToken cancellationToken)
    {
        var trimmed = name?.Trim();
        if (!string.IsNullOrEmpty(trimmed) && await db.Cohorts.AnyAsync(c => c.Name == trimmed && c.Id != id, cancellationToken))
        {
            errors.Add("name", localizer["Tracks:CohortNameTaken"]);
        }
    }

    public static CohortDto View(Cohort c) =>
        new(c.Id, c.InstitutionId, c.Name, c.StartsOn, c.CurriculumVersion, c.EndsOn, c.Capacity, c.EnrolmentOpen, c.ArchivedAt is not null);
}
