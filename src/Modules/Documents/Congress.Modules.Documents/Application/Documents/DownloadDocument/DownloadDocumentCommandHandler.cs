using Congress.Modules.Documents.Application.Access;
using Congress.Modules.Documents.Application.Ports;
using Congress.Modules.Documents.Domain.Documents;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Documents.Application.Documents.DownloadDocument;

internal sealed class DownloadDocumentCommandHandler(
    DocumentsDbContext db, DocumentVisibility visibility, DocumentStore store, IWatermarkStamper stamper, ICurrentUser user, IClock clock)
    : IRequestHandler<DownloadDocumentCommand, Result<Delivery<DocumentCopy>>>
{
    public async Task<Result<Delivery<DocumentCopy>>> Handle(DownloadDocumentCommand command, CancellationToken cancellationToken)
    {
        var document = await visibility.FindAsync(command.DocumentId, cancellationToken);
        if (document.IsFailure) return document.Error!;
        if (!visibility.MayDownload(document.Value)) return DocumentStore.ViewOnly;
        var version = await store.VersionAsync(document.Value.Id, command.Version, cancellationToken);
        if (version.IsFailure) return version.Error!;
        byte[] content;
        try { content = store.Content(version.Value); }
        catch (DocumentTamperedException)
        {
            db.IntegrityAlerts.Add(IntegrityAlert.Raise(document.Value.Id, version.Value.Id, user.AuditName, clock.UtcNow));
            return Delivery<DocumentCopy>.Refused;
        }
        var watermark = Watermark.Issue(WatermarkCodes.New(), document.Value.Id, version.Value.Id, version.Value.Number, user.UserName,
            user.UserId, user.DelegateId, "download", clock.UtcNow);
        db.Watermarks.Add(watermark);
        var stamped = stamper.Stamp(content, version.Value.Format, new WatermarkLabel(watermark.Code, user.UserName, watermark.IssuedAtUtc));
        return Delivery<DocumentCopy>.Of(new DocumentCopy(version.Value.FileName, DocumentStore.ContentType(version.Value.Format), stamped, watermark.Code));
    }
}
