using Congress.Modules.Documents.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Documents.Application.Documents.ListAgendaItemDocuments;

/// <summary>The documents linked to an agenda item of a congress that the caller may read — the same check as every read, never more.</summary>
internal sealed record ListAgendaItemDocumentsQuery(Guid CongressId, Guid AgendaItemId) : IQuery<Result<IReadOnlyList<DocumentDto>>>
{
    RequestAccess IAuthorisedRequest.Access => new(DocumentsRoles.Read, AccessScope.Congress(CongressId));
}
