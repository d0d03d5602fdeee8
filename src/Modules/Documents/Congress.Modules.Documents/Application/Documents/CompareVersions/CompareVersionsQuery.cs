using Congress.Modules.Documents.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Documents.Application.Documents.CompareVersions;

/// <summary>What changed between two versions, section by section (default: the previous version against the current one).</summary>
internal sealed record CompareVersionsQuery(Guid DocumentId, int? From = null, int? To = null) : IQuery<Result<VersionDiffDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(DocumentsRoles.Read, AccessScope.Resource(DocumentsResources.Document, DocumentId));
}
