namespace Minor.Platform.Assessment.Contracts;

/// <summary>A computed module result. Grade is null for a pass/fail-only module; Code is ND, NV or V where one applies.</summary>
public sealed record ModuleResultDto(
    Guid Id, Guid InstitutionId, Guid CohortId, string CourseCode, Guid StudentId, decimal? Grade, bool Passed, string? Code, DateTimeOffset PublishedAt, Guid? ExaminerId);
