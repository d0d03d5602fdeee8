using Congress.Modules.Documents.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Documents.Application.Synthesis.ListPublishedSyntheses;

/// <summary>
/// A draft's published syntheses, as published — never a draft nor a later unpublished edit: for the drafting team (the
/// staff) and the delegates of the congress's presidium who may read the document; anyone else: 404 (docs/adr/0028).
/// </summary>
internal sealed record ListPublishedSynthesesQuery(Guid DocumentId) : IQuery<Result<IReadOnlyList<PublishedSynthesisDto>>>
{
    RequestAccess IAuthorisedRequest.Access => new(DocumentsRoles.ReadSynthesis, AccessScope.Resource(DocumentsResources.Document, DocumentId));
}
