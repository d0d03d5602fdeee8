using Congress.Modules.Documents.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Documents.Application.Documents.ViewDocument;

/// <summary>
/// Open a version (default: the current one) to read on screen. A command, so that every view is audited and its
/// watermark id recorded (who, when); a ciphertext that does not authenticate is refused and recorded as an integrity alert.
/// </summary>
internal sealed record ViewDocumentCommand(Guid DocumentId, int? Version = null) : ICommand<Result<Delivery<ViewedDocumentDto>>>
{
    RequestAccess IAuthorisedRequest.Access => new(DocumentsRoles.Read, AccessScope.Resource(DocumentsResources.Document, DocumentId));
}
