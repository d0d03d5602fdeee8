using Congress.Modules.Agenda.Contracts;
using Congress.Modules.Documents.Application.Access;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Documents.Application.Documents.AttachToAgendaItem;

internal sealed class AttachToAgendaItemCommandHandler(DocumentsDbContext db, DocumentVisibility visibility, IAgendaItemDirectory agenda)
    : IRequestHandler<AttachToAgendaItemCommand, Result<DocumentDto>>
{
    public static readonly Error ItemNotFound = Error.NotFound("documents.agenda_item.not_found", "Không tìm thấy mục chương trình này trong đại hội của tài liệu.");

    public async Task<Result<DocumentDto>> Handle(AttachToAgendaItemCommand command, CancellationToken cancellationToken)
    {
        var found = await visibility.FindAsync(command.DocumentId, cancellationToken);
        if (found.IsFailure) return found.Error!;
        var document = found.Value;
        if (command.AgendaItemId is { } itemId && await agenda.CongressOfItemAsync(itemId, cancellationToken) != document.CongressId) return ItemNotFound;
        document.AttachToAgendaItem(command.AgendaItemId);
        var hasText = await db.Versions.AsNoTracking().AnyAsync(v => v.DocumentId == document.Id && v.Number == document.CurrentVersion && v.HasText, cancellationToken);
        return DocumentDto.From(document, hasText, visibility.MayDownload(document));
    }
}
