using Congress.Shared.Kernel;

namespace Congress.Shared.Infrastructure.Persistence;

/// <summary>
/// Reacts to a domain event inside the same unit of work (same transaction) as the change that raised it.
/// Typical use: translate it into an integration event on the module's outbox.
/// </summary>
public interface IDomainEventHandler<in TEvent> where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}
