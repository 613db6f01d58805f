namespace Minor.Platform.SharedKernel.Events;

/// <summary>Something a module did that other modules may react to; named in the past tense.</summary>
public interface IIntegrationEvent
{
    Guid EventId { get; }

    DateTimeOffset OccurredAt { get; }
}
