using Congress.Modules.Documents.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Documents.Application.Synthesis.DraftSynthesis;

/// <summary>
/// Drafts a section's synthesis from its comments and speech transcripts. The first time without
/// <paramref name="ExpectedRevision"/>; drafting an existing one again (to take in what was said since) names the revision
/// the caller saw, replaces the edited texts, and leaves what was published as it was until it is published again.
/// </summary>
internal sealed record DraftSynthesisCommand(Guid DocumentId, int Version, int Section, int? ExpectedRevision = null) : ICommand<Result<SynthesisDraftDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(DocumentsRoles.Synthesis, AccessScope.Resource(DocumentsResources.Document, DocumentId));
}
