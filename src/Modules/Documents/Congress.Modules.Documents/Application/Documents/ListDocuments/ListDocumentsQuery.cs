using Congress.Modules.Documents.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Documents.Application.Documents.ListDocuments;

/// <summary>The documents of a congress the caller may read, newest change first.</summary>
internal sealed record ListDocumentsQuery(Guid CongressId) : IQuery<Result<IReadOnlyList<DocumentDto>>>
{
    RequestAccess IAuthorisedRequest.Access => new(DocumentsRoles.Read, AccessScope.Congress(CongressId));
}
