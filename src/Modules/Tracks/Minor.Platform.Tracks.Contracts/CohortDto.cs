namespace Minor.Platform.Tracks.Contracts;

public sealed record CohortDto(Guid Id, Guid InstitutionId, string Name, DateOnly StartsOn);
