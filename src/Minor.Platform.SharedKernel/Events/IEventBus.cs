namespace Minor.Platform.SharedKernel.Events;

/// <summary>Publishes integration events to the handlers of every module. Call it after SaveChanges.</summary>
public interface IEventBus
{
    Task PublishAsync<TEvent>(TEvent integrationEvent, CancellationToken cancellationToken) where TEvent : IIntegrationEvent;
}
