using Congress.Modules.Documents.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Documents.Application.Synthesis.ListSyntheses;

/// <summary>For the secretariat: every section's synthesis of a draft, the draft being edited and what was last published.</summary>
internal sealed record ListSynthesesQuery(Guid DocumentId) : IQuery<Result<IReadOnlyList<SynthesisDraftDto>>>
{
    RequestAccess IAuthorisedRequest.Access => new(DocumentsRoles.Synthesis, AccessScope.Resource(DocumentsResources.Document, DocumentId));
}
