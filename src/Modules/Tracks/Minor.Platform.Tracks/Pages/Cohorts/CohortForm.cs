using Minor.Platform.Tracks.Features.Cohorts;

namespace Minor.Platform.Tracks.Pages.Cohorts;

/// <summary>The cohort form's fields as the browser posts them (dates as yyyy-MM-dd, capacity empty for no maximum).</summary>
public sealed class CohortForm
{
    public string? Name { get; set; }

    public DateOnly? StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    public int? Capacity { get; set; }

    public int? CurriculumVersion { get; set; }

    public bool EnrolmentOpen { get; set; }

    public CohortInput ToInput() => new(Name, StartsOn, EndsOn, Capacity, CurriculumVersion, EnrolmentOpen);
}
