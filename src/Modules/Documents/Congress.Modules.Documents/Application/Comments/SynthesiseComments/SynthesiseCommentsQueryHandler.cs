using Congress.Modules.Documents.Application.Ports;
using Congress.Modules.Documents.Domain.Documents;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Documents.Application.Comments.SynthesiseComments;

internal sealed class SynthesiseCommentsQueryHandler(DocumentsDbContext db, ISynthesiser synthesiser)
    : IRequestHandler<SynthesiseCommentsQuery, Result<IReadOnlyList<SectionSynthesisDto>>>
{
    public async Task<Result<IReadOnlyList<SectionSynthesisDto>>> Handle(SynthesiseCommentsQuery query, CancellationToken cancellationToken)
    {
        var documentId = new DocumentId(query.DocumentId);
        var comments = await db.Comments.AsNoTracking()
            .Where(c => c.DocumentId == documentId && (query.Version == null || c.VersionNumber == query.Version))
            .OrderBy(c => c.CreatedAtUtc).ToListAsync(cancellationToken);
        return comments.GroupBy(c => (c.VersionNumber, c.SectionIndex)).OrderBy(g => g.Key.VersionNumber).ThenBy(g => g.Key.SectionIndex)
            .Select(g =>
            {
                var themes = synthesiser.Synthesise(g.Select(c => new Utterance(c.Id.Value, c.AuthorDelegateId?.ToString() ?? c.Author, c.Text)).ToList());
                return new SectionSynthesisDto(g.Key.VersionNumber, g.Key.SectionIndex, g.First().SectionExcerpt, g.Count(),
                    themes.Select(t => new ThemeDto(t.Sentences.Select(s => new ThemeSentenceDto(s.Text, s.SourceId)).ToList(), t.Speakers, t.Sources)).ToList());
            })
            .ToList();
    }
}
