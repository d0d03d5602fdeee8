using Congress.Modules.Documents.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Documents.Application.Synthesis.EditSynthesis;

/// <summary>
/// The secretariat rewrites the text of each theme of a section's synthesis (in order; the sentences, sources and counts
/// stay), naming the <paramref name="Revision"/> it edited: someone else's change in between → 409 and nothing written.
/// </summary>
internal sealed record EditSynthesisCommand(Guid DocumentId, Guid SynthesisId, int Revision, IReadOnlyList<string> Themes) : ICommand<Result<SynthesisDraftDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(DocumentsRoles.Synthesis, AccessScope.Resource(DocumentsResources.Document, DocumentId));
}
