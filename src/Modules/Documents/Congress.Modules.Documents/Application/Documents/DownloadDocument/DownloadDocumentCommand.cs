using Congress.Modules.Documents.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Documents.Application.Documents.DownloadDocument;

/// <summary>
/// A copy of a version's file (default: the current one), watermarked for the caller; audited, its watermark id recorded.
/// Refused for a confidential document (view-only) unless the caller is the congress's staff.
/// </summary>
internal sealed record DownloadDocumentCommand(Guid DocumentId, int? Version = null) : ICommand<Result<Delivery<DocumentCopy>>>
{
    RequestAccess IAuthorisedRequest.Access => new(DocumentsRoles.Read, AccessScope.Resource(DocumentsResources.Document, DocumentId));
}
