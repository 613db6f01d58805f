namespace Minor.Platform.Tracks.Contracts;

/// <summary>A cohort, its period and capacity, whether applicants can be admitted to it, and the curriculum version it follows.</summary>
public sealed record CohortDto(
    Guid Id, Guid InstitutionId, string Name, DateOnly StartsOn, int CurriculumVersion,
    DateOnly EndsOn, int? Capacity, bool EnrolmentOpen, bool Archived)
{
    /// <summary>Whether an applicant may be admitted to it now (capacity aside).</summary>
    public bool Admits => EnrolmentOpen && !Archived;
}
