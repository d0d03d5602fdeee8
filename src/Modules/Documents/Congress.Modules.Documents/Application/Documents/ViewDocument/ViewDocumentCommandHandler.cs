using Congress.Modules.Documents.Application.Access;
using Congress.Modules.Documents.Application.Ports;
using Congress.Modules.Documents.Domain.Documents;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Documents.Application.Documents.ViewDocument;

internal sealed class ViewDocumentCommandHandler(DocumentsDbContext db, DocumentVisibility visibility, DocumentStore store, ICurrentUser user, IClock clock)
    : IRequestHandler<ViewDocumentCommand, Result<Delivery<ViewedDocumentDto>>>
{
    public async Task<Result<Delivery<ViewedDocumentDto>>> Handle(ViewDocumentCommand command, CancellationToken cancellationToken)
    {
        var document = await visibility.FindAsync(command.DocumentId, cancellationToken);
        if (document.IsFailure) return document.Error!;
        var version = await store.VersionAsync(document.Value.Id, command.Version, cancellationToken);
        if (version.IsFailure) return version.Error!;
        string text;
        try { text = store.Text(version.Value); }
        catch (DocumentTamperedException)
        {
            db.IntegrityAlerts.Add(IntegrityAlert.Raise(document.Value.Id, version.Value.Id, user.AuditName, clock.UtcNow));
            return Delivery<ViewedDocumentDto>.Refused;
        }
        var watermark = Watermark.Issue(WatermarkCodes.New(), document.Value.Id, version.Value.Id, version.Value.Number, user.UserName,
            user.UserId, user.DelegateId, "view", clock.UtcNow);
        db.Watermarks.Add(watermark);
        return Delivery<ViewedDocumentDto>.Of(new ViewedDocumentDto(
            DocumentDto.From(document.Value, version.Value.HasText, visibility.MayDownload(document.Value)), DocumentStore.ToDto(version.Value), text, watermark.Code));
    }
}
