namespace Minor.Platform.Tracks.Contracts;

public sealed record MinorCompletionDto(Guid Id, Guid InstitutionId, Guid CohortId, Guid StudentId, decimal TotalEc, DateTimeOffset CompletedAt);
