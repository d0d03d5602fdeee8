using Congress.Modules.Documents.Contracts;
using Congress.Modules.Documents.Domain.Documents;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Persistence;

namespace Congress.Modules.Documents.Application.IntegrationEvents;

/// <summary>Announces a published version on the outbox, in the same transaction as the upload.</summary>
internal sealed class PublishDocumentsIntegrationEvents(DocumentsDbContext db) : IDomainEventHandler<DocumentVersionPublishedDomainEvent>
{
    public Task HandleAsync(DocumentVersionPublishedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        var document = db.Documents.Local.FirstOrDefault(d => d.Id == domainEvent.DocumentId) ?? throw new InvalidOperationException("The document is not tracked.");
        db.Publish(new DocumentVersionPublishedIntegrationEvent(document.Id.Value, document.CongressId, domainEvent.Version, document.Title,
            document.Classification.ToString()));
        return Task.CompletedTask;
    }
}
