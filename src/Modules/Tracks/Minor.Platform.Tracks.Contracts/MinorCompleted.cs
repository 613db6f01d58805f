using Minor.Platform.SharedKernel.Events;

namespace Minor.Platform.Tracks.Contracts;

/// <summary>A student passed every module their study plan requires: the minor is complete.</summary>
public sealed record MinorCompleted(
    Guid EventId, DateTimeOffset OccurredAt, Guid CompletionId, Guid InstitutionId, Guid CohortId, Guid StudentId, decimal TotalEc)
    : IIntegrationEvent;
