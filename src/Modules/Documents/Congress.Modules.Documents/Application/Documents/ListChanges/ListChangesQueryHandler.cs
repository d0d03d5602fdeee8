using Congress.Modules.Documents.Application.Access;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Documents.Application.Documents.ListChanges;

internal sealed class ListChangesQueryHandler(DocumentsDbContext db, DocumentVisibility visibility, IClock clock)
    : IRequestHandler<ListChangesQuery, Result<DocumentChangesDto>>
{
    public async Task<Result<DocumentChangesDto>> Handle(ListChangesQuery query, CancellationToken cancellationToken)
    {
        var asOf = clock.UtcNow; // read before the query: a change committed meanwhile is sent again next time, never missed
        var documents = db.Documents.AsNoTracking().Include(d => d.Readers).Where(d => d.CongressId == query.CongressId);
        if (query.SinceUtc is { } since)
        {
            var sinceUtc = since.Kind == DateTimeKind.Utc ? since : since.ToUniversalTime();
            documents = documents.Where(d => d.UpdatedAtUtc > sinceUtc);
        }
        var readable = await visibility.ReadableAsync(documents, cancellationToken);
        var ids = readable.Select(d => d.Id).ToList();
        var withText = await db.Versions.AsNoTracking().Where(v => ids.Contains(v.DocumentId) && v.HasText)
            .Select(v => new { v.DocumentId, v.Number }).ToListAsync(cancellationToken);
        return new DocumentChangesDto(asOf, readable.OrderBy(d => d.UpdatedAtUtc)
            .Select(d => DocumentDto.From(d, withText.Any(v => v.DocumentId == d.Id && v.Number == d.CurrentVersion), visibility.MayDownload(d)))
            .ToList());
    }
}
