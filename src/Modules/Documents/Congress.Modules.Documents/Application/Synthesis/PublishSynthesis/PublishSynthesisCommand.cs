using Congress.Modules.Documents.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Documents.Application.Synthesis.PublishSynthesis;

/// <summary>
/// Publishes a section's synthesis as the draft stands at <paramref name="Revision"/> (the one the secretariat read): from
/// then on the drafting team and the presidium read that text. A stale revision → 409, nothing published.
/// </summary>
internal sealed record PublishSynthesisCommand(Guid DocumentId, Guid SynthesisId, int Revision) : ICommand<Result<SynthesisDraftDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(DocumentsRoles.Synthesis, AccessScope.Resource(DocumentsResources.Document, DocumentId));
}
