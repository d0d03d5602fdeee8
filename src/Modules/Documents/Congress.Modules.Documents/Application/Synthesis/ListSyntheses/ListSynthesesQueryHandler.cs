using Congress.Modules.Documents.Domain.Documents;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Documents.Application.Synthesis.ListSyntheses;

internal sealed class ListSynthesesQueryHandler(DocumentsDbContext db) : IRequestHandler<ListSynthesesQuery, Result<IReadOnlyList<SynthesisDraftDto>>>
{
    public async Task<Result<IReadOnlyList<SynthesisDraftDto>>> Handle(ListSynthesesQuery query, CancellationToken cancellationToken)
    {
        var documentId = new DocumentId(query.DocumentId);
        var syntheses = await db.Syntheses.AsNoTracking().Where(s => s.DocumentId == documentId).ToListAsync(cancellationToken);
        return syntheses.OrderBy(s => s.VersionNumber).ThenBy(s => s.SectionIndex).Select(SynthesisDraftDto.From).ToList();
    }
}
