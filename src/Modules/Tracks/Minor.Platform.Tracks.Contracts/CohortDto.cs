namespace Minor.Platform.Tracks.Contracts;

/// <summary>A cohort and the curriculum version it follows.</summary>
public sealed record CohortDto(Guid Id, Guid InstitutionId, string Name, DateOnly StartsOn, int CurriculumVersion);
