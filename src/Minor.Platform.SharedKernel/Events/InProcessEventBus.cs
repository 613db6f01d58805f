using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Minor.Platform.SharedKernel.Events;

/// <summary>
/// Delivers events in-process, in the caller's scope, one handler after another. A failing handler is logged and
/// rethrown so the caller sees it; handlers are idempotent, so the caller may retry the whole use case.
/// </summary>
public sealed class InProcessEventBus(IServiceProvider services, ILogger<InProcessEventBus> logger) : IEventBus
{
    public async Task PublishAsync<TEvent>(TEvent integrationEvent, CancellationToken cancellationToken)
        where TEvent : IIntegrationEvent
    {
        foreach (var handler in services.GetServices<IIntegrationEventHandler<TEvent>>())
        {
            try
            {
                await handler.HandleAsync(integrationEvent, cancellationToken);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Handler {Handler} failed for {Event} {EventId}",
                    handler.GetType().Name, typeof(TEvent).Name, integrationEvent.EventId);
                throw;
            }
        }
    }
}
