using Congress.Modules.Documents.Application.Access;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Documents.Application.Synthesis.ListPublishedSyntheses;

internal sealed class ListPublishedSynthesesQueryHandler(DocumentsDbContext db, DocumentVisibility visibility, ICurrentUser user)
    : IRequestHandler<ListPublishedSynthesesQuery, Result<IReadOnlyList<PublishedSynthesisDto>>>
{
    public async Task<Result<IReadOnlyList<PublishedSynthesisDto>>> Handle(ListPublishedSynthesesQuery query, CancellationToken cancellationToken)
    {
        var document = await visibility.FindAsync(query.DocumentId, cancellationToken);
        if (document.IsFailure) return document.Error!;
        if (!visibility.IsStaff)
        {
            // a delegate: only one who sits in this congress's presidium (and may read the document, above)
            if (user.DelegateId is not { } delegateId
                || !await db.Presidium.AsNoTracking().AnyAsync(p => p.CongressId == document.Value.CongressId && p.DelegateId == delegateId, cancellationToken))
                return DocumentVisibility.NotFound;
        }
        var published = await db.Syntheses.AsNoTracking()
            .Where(s => s.DocumentId == document.Value.Id && s.PublishedJson != null).ToListAsync(cancellationToken);
        return published.OrderBy(s => s.VersionNumber).ThenBy(s => s.SectionIndex)
            .Select(s =>
            {
                var themes = s.Published!;
                var sources = themes.SelectMany(t => t.Sources).DistinctBy(x => x.Id).ToList(); // as published, not as redrafted since
                return new PublishedSynthesisDto(s.Id, s.VersionNumber, s.SectionIndex, s.SectionExcerpt, sources.Count(x => x.Kind == Domain.Synthesis.SourceKind.Comment),
                    sources.Count(x => x.Kind == Domain.Synthesis.SourceKind.Transcript), SynthesisThemeDto.From(themes), s.PublishedAtUtc!.Value, s.PublishedBy!);
            })
            .ToList();
    }
}
