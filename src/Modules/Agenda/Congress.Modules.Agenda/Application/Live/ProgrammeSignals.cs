using Congress.Modules.Agenda.Domain.Programme;
using Congress.Modules.Agenda.Domain.Speakers;
using Congress.Modules.Agenda.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Live;
using Congress.Shared.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Time;

namespace Congress.Modules.Agenda.Application.Live;

/// <summary>The live topic of a congress's programme (items, speakers, decisions): tablets and screens listen to it.</summary>
internal static class ProgrammeTopic
{
    public static string For(Guid congressId) => $"agenda:programme:{congressId}";
}

/// <summary>
/// Turns what changed in a unit of work into one <see cref="LiveSignal"/> per congress, published after the commit (so a
/// tablet that re-reads sees the change) and never for a change that rolled back; and notes each change in the same
/// transaction (<see cref="ProgrammeChange"/>), so that a tablet that was away is told what it missed.
/// </summary>
internal sealed class ProgrammeSignals(AgendaDbContext db, ILiveSignals signals, IClock clock) :
    IDomainEventHandler<ItemChangedDomainEvent>,
    IDomainEventHandler<SpeakersChangedDomainEvent>,
    IDomainEventHandler<SessionAddedDomainEvent>
{
    private readonly Dictionary<Guid, List<string>> _pending = [];

    public Task HandleAsync(ItemChangedDomainEvent domainEvent, CancellationToken cancellationToken) => Queue(domainEvent.CongressId, domainEvent.Change);

    public Task HandleAsync(SpeakersChangedDomainEvent domainEvent, CancellationToken cancellationToken) => Queue(domainEvent.CongressId, domainEvent.Change);

    public Task HandleAsync(SessionAddedDomainEvent domainEvent, CancellationToken cancellationToken) => Queue(domainEvent.CongressId, domainEvent.Change);

    private Task Queue(Guid congressId, string change)
    {
        if (!_pending.TryGetValue(congressId, out var changes))
        {
            _pending[congressId] = changes = [];
            db.AfterCommit(async ct =>
            {
                _pending.Remove(congressId);
                var text = changes.Count <= 3 ? string.Join("; ", changes) : $"{string.Join("; ", changes.Take(3))} (+{changes.Count - 3})";
                await signals.PublishAsync(new LiveSignal(ProgrammeTopic.For(congressId), text), ct);
            });
        }
        if (changes.Contains(change)) return Task.CompletedTask;
        changes.Add(change);
        db.ProgrammeChanges.Add(ProgrammeChange.Noted(congressId, change, clock.UtcNow));
        return Task.CompletedTask;
    }
}
