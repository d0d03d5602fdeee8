using Congress.Modules.Documents.Application.Access;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Documents.Application.Documents.ListAgendaItemDocuments;

internal sealed class ListAgendaItemDocumentsQueryHandler(DocumentsDbContext db, DocumentVisibility visibility)
    : IRequestHandler<ListAgendaItemDocumentsQuery, Result<IReadOnlyList<DocumentDto>>>
{
    public async Task<Result<IReadOnlyList<DocumentDto>>> Handle(ListAgendaItemDocumentsQuery query, CancellationToken cancellationToken)
    {
        var documents = await visibility.ReadableAsync(db.Documents.AsNoTracking().Include(d => d.Readers)
            .Where(d => d.CongressId == query.CongressId && d.AgendaItemId == query.AgendaItemId), cancellationToken);
        var ids = documents.Select(d => d.Id).ToList();
        var withText = await db.Versions.AsNoTracking().Where(v => ids.Contains(v.DocumentId) && v.HasText)
            .Select(v => new { v.DocumentId, v.Number }).ToListAsync(cancellationToken);
        return documents.OrderBy(d => d.Title)
            .Select(d => DocumentDto.From(d, withText.Any(v => v.DocumentId == d.Id && v.Number == d.CurrentVersion), visibility.MayDownload(d)))
            .ToList();
    }
}
