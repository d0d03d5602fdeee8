using Congress.Modules.Documents.Application.Access;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Documents.Application.Documents.GetDocument;

internal sealed class GetDocumentQueryHandler(DocumentsDbContext db, DocumentVisibility visibility)
    : IRequestHandler<GetDocumentQuery, Result<DocumentDetailsDto>>
{
    public async Task<Result<DocumentDetailsDto>> Handle(GetDocumentQuery query, CancellationToken cancellationToken)
    {
        var document = await visibility.FindAsync(query.DocumentId, cancellationToken);
        if (document.IsFailure) return document.Error!;
        var versions = await db.Versions.AsNoTracking().Where(v => v.DocumentId == document.Value.Id).OrderByDescending(v => v.Number)
            .ToListAsync(cancellationToken);
        var current = versions.FirstOrDefault();
        return new DocumentDetailsDto(DocumentDto.From(document.Value, current?.HasText ?? false, visibility.MayDownload(document.Value)),
            versions.Select(DocumentStore.ToDto).ToList());
    }
}
