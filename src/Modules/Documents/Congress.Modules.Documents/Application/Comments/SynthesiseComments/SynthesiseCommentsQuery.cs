using Congress.Modules.Documents.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Documents.Application.Comments.SynthesiseComments;

/// <summary>For the drafting team: per section, delegates' comments grouped by similarity, each group summarised by representative sentences linked to their sources, with counts.</summary>
internal sealed record SynthesiseCommentsQuery(Guid DocumentId, int? Version = null) : IQuery<Result<IReadOnlyList<SectionSynthesisDto>>>
{
    RequestAccess IAuthorisedRequest.Access => new(DocumentsRoles.Manage, AccessScope.Resource(DocumentsResources.Document, DocumentId));
}
