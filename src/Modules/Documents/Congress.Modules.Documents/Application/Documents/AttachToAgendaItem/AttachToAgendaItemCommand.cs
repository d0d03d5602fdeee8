using Congress.Modules.Documents.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Documents.Application.Documents.AttachToAgendaItem;

/// <summary>
/// Links a document to an agenda item of its own congress (asked of Agenda through its Contracts; an item of another
/// congress or none: 404), or clears the link (<paramref name="AgendaItemId"/> null). The organising committee and the secretariat.
/// </summary>
internal sealed record AttachToAgendaItemCommand(Guid DocumentId, Guid? AgendaItemId) : ICommand<Result<DocumentDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(DocumentsRoles.AttachToAgenda, AccessScope.Resource(DocumentsResources.Document, DocumentId));
}
