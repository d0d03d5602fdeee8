using System.Security.Cryptography;
using Congress.Modules.Documents.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Documents.Application.Documents.UploadDocumentVersion;

/// <summary>A new version of a document while the congress runs; readers are told what changed (the diff) and keep the previous one.</summary>
internal sealed record UploadDocumentVersionCommand(Guid DocumentId, string FileName, byte[] Content, string ChangeNote) : ICommand<Result<VersionDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(DocumentsRoles.Manage, AccessScope.Resource(DocumentsResources.Document, DocumentId));

    object ICommandBase.ToAuditPayload() => new { DocumentId, FileName, ChangeNote, Bytes = Content.Length, Sha256 = Convert.ToHexStringLower(SHA256.HashData(Content)) };
}
