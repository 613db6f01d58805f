using Minor.Platform.SharedKernel.Events;

namespace Minor.Platform.Assessment.Contracts;

/// <summary>An examiner published a student's result for a module of the minor.</summary>
public sealed record ModuleResultPublished(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ResultId,
    Guid InstitutionId,
    Guid CohortId,
    string CourseCode,
    Guid StudentId,
    decimal Grade,
    bool Passed,
    Guid? ExaminerId) : IIntegrationEvent;
