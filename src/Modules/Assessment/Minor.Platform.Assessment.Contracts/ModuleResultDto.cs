namespace Minor.Platform.Assessment.Contracts;

public sealed record ModuleResultDto(
    Guid Id, Guid InstitutionId, Guid CohortId, string CourseCode, Guid StudentId, decimal Grade, bool Passed, DateTimeOffset PublishedAt, Guid? ExaminerId);
