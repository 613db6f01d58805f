namespace Minor.Platform.SharedKernel.Events;

/// <summary>Handles one event type. Handlers must be idempotent: an event may be delivered more than once.</summary>
public interface IIntegrationEventHandler<in TEvent> where TEvent : IIntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
