using Congress.Modules.Documents.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Documents.Application.Synthesis.ListTranscripts;

/// <summary>For the drafting team: the speech transcripts entered for a draft, by version, section and time; of one agenda item's debate if named.</summary>
internal sealed record ListTranscriptsQuery(Guid DocumentId, int? Version = null, Guid? AgendaItemId = null) : IQuery<Result<IReadOnlyList<TranscriptDto>>>
{
    RequestAccess IAuthorisedRequest.Access => new(DocumentsRoles.Synthesis, AccessScope.Resource(DocumentsResources.Document, DocumentId));
}
