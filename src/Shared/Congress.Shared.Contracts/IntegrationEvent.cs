namespace Congress.Shared.Contracts;

/// <summary>
/// A fact one module publishes for others. Written to the publisher's outbox in the same
/// transaction as the change, relayed with retries, consumed idempotently (inbox).
/// Named <c>&lt;Noun&gt;&lt;PastVerb&gt;IntegrationEvent</c> and defined in the publisher's Contracts.
/// </summary>
public interface IIntegrationEvent
{
    Guid EventId { get; }
    DateTime OccurredAtUtc { get; }
}

public abstract record IntegrationEvent : IIntegrationEvent
{
    public Guid EventId { get; init; } = Guid.NewGuid();
    public DateTime OccurredAtUtc { get; init; } = DateTime.UtcNow;
}
