using System.Security.Cryptography;
using Congress.Modules.Documents.Application.Access;
using Congress.Modules.Documents.Domain.Documents;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Documents.Application.Documents.UploadDocument;

/// <summary>Upload a PDF or DOCX to a congress, classified and addressed; stored encrypted as uploaded, its text indexed.</summary>
internal sealed record UploadDocumentCommand(
    Guid CongressId, string Title, Classification Classification, AudienceKind Audience, Guid? AudienceGroupId,
    IReadOnlyList<Guid> NamedDelegates, string FileName, byte[] Content) : ICommand<Result<DocumentDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(DocumentsRoles.Manage, AccessScope.Congress(CongressId));

    /// <summary>The audit trail keeps the file's size and hash, not the file.</summary>
    object ICommandBase.ToAuditPayload() => new
    {
        CongressId, Title, Classification, Audience, AudienceGroupId, NamedDelegates, FileName,
        Bytes = Content.Length, Sha256 = Convert.ToHexStringLower(SHA256.HashData(Content)),
    };
}
