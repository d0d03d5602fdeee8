using Congress.Modules.Documents.Application.Documents.UploadDocument;
using Congress.Modules.Documents.Application.Ports;
using Congress.Modules.Documents.Domain.Documents;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Documents.Application.Documents.UploadDocumentVersion;

internal sealed class UploadDocumentVersionCommandHandler(
    DocumentsDbContext db, IDocumentInspector inspector, IDocumentVault vault, IDocumentIndex index, Devices.PreparePackages.PackagePreparation packages,
    ICurrentUser user, IClock clock)
    : IRequestHandler<UploadDocumentVersionCommand, Result<VersionDto>>
{
    public async Task<Result<VersionDto>> Handle(UploadDocumentVersionCommand command, CancellationToken cancellationToken)
    {
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == new DocumentId(command.DocumentId), cancellationToken);
        if (document is null) return Access.DocumentVisibility.NotFound;
        var inspected = inspector.Inspect(command.Content);
        if (inspected.IsFailure) return inspected.Error!;

        var version = NewVersion.Seal(vault, document, command.FileName, command.Content, inspected.Value, command.ChangeNote, user.UserName, clock.UtcNow);
        db.Versions.Add(version);
        var entry = new IndexEntry(document.Id.Value, document.CongressId, version.Number, document.Title, inspected.Value.Text);
        db.AfterCommit(_ => { index.Upsert(entry); return Task.CompletedTask; });
        if (document.Classification != Classification.Confidential) packages.AfterChangeIn(document.CongressId); // tablets get the new version prepared
        return DocumentStore.ToDto(version);
    }
}
