using Congress.Modules.Documents.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Documents.Application.Synthesis.PreviewSynthesis;

/// <summary>
/// For the drafting team, live: per section of a draft, what delegates wrote and said about it (comments and speech
/// transcripts) grouped by similarity, each group summarised by representative sentences linked to their sources, with
/// how many speakers raised it. Nothing is stored; drafting a section's synthesis to edit and publish is <c>DraftSynthesisCommand</c>.
/// </summary>
internal sealed record PreviewSynthesisQuery(Guid DocumentId, int? Version = null) : IQuery<Result<IReadOnlyList<SynthesisPreviewDto>>>
{
    RequestAccess IAuthorisedRequest.Access => new(DocumentsRoles.Synthesis, AccessScope.Resource(DocumentsResources.Document, DocumentId));
}
