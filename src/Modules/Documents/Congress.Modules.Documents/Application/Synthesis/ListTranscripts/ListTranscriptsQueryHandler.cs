using Congress.Modules.Documents.Domain.Documents;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Documents.Application.Synthesis.ListTranscripts;

internal sealed class ListTranscriptsQueryHandler(DocumentsDbContext db) : IRequestHandler<ListTranscriptsQuery, Result<IReadOnlyList<TranscriptDto>>>
{
    public async Task<Result<IReadOnlyList<TranscriptDto>>> Handle(ListTranscriptsQuery query, CancellationToken cancellationToken)
    {
        var documentId = new DocumentId(query.DocumentId);
        var transcripts = await db.Transcripts.AsNoTracking()
            .Where(t => t.DocumentId == documentId && (query.Version == null || t.VersionNumber == query.Version)
                && (query.AgendaItemId == null || t.AgendaItemId == query.AgendaItemId))
            .ToListAsync(cancellationToken);
        return transcripts.OrderBy(t => t.VersionNumber).ThenBy(t => t.SectionIndex).ThenBy(t => t.SpokenAtUtc).Select(TranscriptDto.From).ToList();
    }
}
