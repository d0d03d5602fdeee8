using Congress.Modules.Documents.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Documents.Application.Documents.GetDocument;

/// <summary>A document and its versions (what changed, when, by whom), if the caller may read it.</summary>
internal sealed record GetDocumentQuery(Guid DocumentId) : IQuery<Result<DocumentDetailsDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(DocumentsRoles.Read, AccessScope.Resource(DocumentsResources.Document, DocumentId));
}
