namespace Congress.Shared.Kernel;

/// <summary>An object with an identity that outlives changes to its attributes.</summary>
public abstract class Entity<TId> where TId : struct
{
    public TId Id { get; protected init; }
}

/// <summary>
/// The root of a consistency boundary. It records the domain events that its changes raise;
/// the unit of work dispatches them when it commits.
/// </summary>
public abstract class AggregateRoot<TId> : Entity<TId>, IHasDomainEvents where TId : struct
{
    private readonly List<IDomainEvent> _domainEvents = [];

    public IReadOnlyList<IDomainEvent> DomainEvents => _domainEvents;

    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);

    public void ClearDomainEvents() => _domainEvents.Clear();
}

public interface IHasDomainEvents
{
    IReadOnlyList<IDomainEvent> DomainEvents { get; }
    void ClearDomainEvents();
}

/// <summary>Something that happened inside one module's domain. Named <c>&lt;Noun&gt;&lt;PastVerb&gt;DomainEvent</c>.</summary>
public interface IDomainEvent;
