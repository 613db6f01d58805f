using Minor.Platform.SharedKernel.Events;

namespace Minor.Platform.Tracks.Contracts;

/// <summary>The examencommissie granted a student an exemption (vrijstelling) for a module: it counts as VR.</summary>
public sealed record ModuleExempted(
    Guid EventId, DateTimeOffset OccurredAt, Guid ExemptionId, Guid InstitutionId, Guid CohortId, Guid StudentId, string CourseCode)
    : IIntegrationEvent;
