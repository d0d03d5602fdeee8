using Congress.Modules.Sample.Contracts;
using Congress.Modules.Sample.Domain.Notes;
using Congress.Modules.Sample.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Persistence;

namespace Congress.Modules.Sample.Application.IntegrationEvents;

/// <summary>Turns domain events into integration events on this module's outbox, in the same transaction as the change.</summary>
internal sealed class PublishSampleIntegrationEvents(SampleDbContext db) : IDomainEventHandler<NoteAddedDomainEvent>
{
    public async Task HandleAsync(NoteAddedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        var note = await db.Notes.FindAsync([domainEvent.NoteId], cancellationToken) ?? throw new InvalidOperationException("The note is gone.");
        db.Publish(new NoteAddedIntegrationEvent(note.Id.Value, note.CongressId, note.Text));
    }
}
