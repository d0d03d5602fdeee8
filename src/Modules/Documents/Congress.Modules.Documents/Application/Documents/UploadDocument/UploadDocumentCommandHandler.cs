using System.Security.Cryptography;
using Congress.Modules.Documents.Application.Ports;
using Congress.Modules.Documents.Domain.Documents;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Documents.Application.Documents.UploadDocument;

internal sealed class UploadDocumentCommandHandler(
    DocumentsDbContext db, IDocumentInspector inspector, IDocumentVault vault, IDocumentIndex index, Devices.PreparePackages.PackagePreparation packages,
    ICurrentUser user, IClock clock)
    : IRequestHandler<UploadDocumentCommand, Result<DocumentDto>>
{
    public async Task<Result<DocumentDto>> Handle(UploadDocumentCommand command, CancellationToken cancellationToken)
    {
        var inspected = inspector.Inspect(command.Content);
        if (inspected.IsFailure) return inspected.Error!;
        var document = Document.Create(command.CongressId, command.Title, command.Classification, command.Audience, command.AudienceGroupId,
            command.NamedDelegates, user.UserName, clock.UtcNow);
        if (document.IsFailure) return document.Error!;

        var version = NewVersion.Seal(vault, document.Value, command.FileName, command.Content, inspected.Value, "", user.UserName, clock.UtcNow);
        db.Documents.Add(document.Value);
        db.Versions.Add(version);
        var entry = new IndexEntry(document.Value.Id.Value, document.Value.CongressId, version.Number, document.Value.Title, inspected.Value.Text);
        db.AfterCommit(_ => { index.Upsert(entry); return Task.CompletedTask; });
        if (document.Value.Classification != Classification.Confidential) packages.AfterChangeIn(document.Value.CongressId); // its readers' tablets
        await Task.CompletedTask;
        return DocumentDto.From(document.Value, version.HasText, canDownload: true);
    }
}

/// <summary>A new version row: counted on the document, sealed under a fresh data key.</summary>
internal static class NewVersion
{
    public static DocumentVersion Seal(IDocumentVault vault, Document document, string fileName, byte[] content, InspectedDocument inspected,
        string changeNote, string author, DateTime nowUtc)
    {
        var number = document.AddVersion(nowUtc);
        var id = DocumentVersionId.New();
        var sealedVersion = vault.Seal(id.Value, content, inspected.Text);
        return DocumentVersion.Create(id, document.Id, number, Path.GetFileName(fileName.Replace('\\', '/')), inspected.Format, content.Length,
            Convert.ToHexStringLower(SHA256.HashData(content)), sealedVersion.WrappedKey, sealedVersion.Content, sealedVersion.Text,
            inspected.HasText, inspected.PageCount, changeNote.Trim(), author, nowUtc);
    }
}
