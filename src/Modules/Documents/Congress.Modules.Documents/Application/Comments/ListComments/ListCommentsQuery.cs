using Congress.Modules.Documents.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Documents.Application.Comments.ListComments;

/// <summary>For the drafting team: a draft's comments grouped by section (of the version they were written on), with who and when.</summary>
internal sealed record ListCommentsQuery(Guid DocumentId, int? Version = null) : IQuery<Result<IReadOnlyList<SectionCommentsDto>>>
{
    RequestAccess IAuthorisedRequest.Access => new(DocumentsRoles.Manage, AccessScope.Resource(DocumentsResources.Document, DocumentId));
}
