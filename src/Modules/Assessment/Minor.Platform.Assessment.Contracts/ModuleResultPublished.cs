using Minor.Platform.SharedKernel.Events;

namespace Minor.Platform.Assessment.Contracts;

/// <summary>A student's computed module result passes now (after a publication or a change of grades). Grade is null for a pass/fail-only module.</summary>
public sealed record ModuleResultPublished(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ResultId,
    Guid InstitutionId,
    Guid CohortId,
    string CourseCode,
    Guid StudentId,
    decimal? Grade,
    bool Passed,
    Guid? ExaminerId) : IIntegrationEvent;
