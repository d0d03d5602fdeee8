using Congress.Modules.Agenda.Contracts;
using Congress.Modules.Documents.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Documents.Application.Documents.ListAgendaItems;

/// <summary>The congress's agenda items a document can be attached to (the staff's picker on the documents page).</summary>
internal sealed record ListAgendaItemsQuery(Guid CongressId) : IQuery<Result<IReadOnlyList<AgendaItemEntry>>>
{
    RequestAccess IAuthorisedRequest.Access => new(DocumentsRoles.AttachToAgenda, AccessScope.Congress(CongressId));
}
