using Congress.Modules.Documents.Application.Ports;
using Congress.Modules.Documents.Domain.Documents;
using Congress.Modules.Documents.Domain.Synthesis;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Documents.Application.Synthesis;

/// <summary>What was said about a draft's sections — written comments and speech transcripts — drafted into themes by the <see cref="ISynthesiser"/>.</summary>
internal sealed class SynthesisSources(DocumentsDbContext db, ISynthesiser synthesiser)
{
    /// <summary>One section's themes, with how many comments and transcripts they were drawn from.</summary>
    public sealed record Drafted(int Version, int Section, string Excerpt, IReadOnlyList<SynthesisTheme> Themes, int Comments, int Transcripts);

    /// <summary>One section of one version (no comment and no transcript: no themes).</summary>
    public async Task<Drafted> DraftAsync(DocumentId documentId, int version, int section, CancellationToken cancellationToken) =>
        (await DraftSectionsAsync(documentId, version, section, cancellationToken)).SingleOrDefault()
        ?? new Drafted(version, section, "", [], 0, 0);

    /// <summary>Every section something was said about, of one version or of all (<paramref name="version"/> null), in order.</summary>
    public async Task<IReadOnlyList<Drafted>> DraftSectionsAsync(DocumentId documentId, int? version, int? section, CancellationToken cancellationToken)
    {
        var comments = await db.Comments.AsNoTracking()
            .Where(c => c.DocumentId == documentId && (version == null || c.VersionNumber == version) && (section == null || c.SectionIndex == section))
            .OrderBy(c => c.CreatedAtUtc).ToListAsync(cancellationToken);
        var transcripts = await db.Transcripts.AsNoTracking()
            .Where(t => t.DocumentId == documentId && (version == null || t.VersionNumber == version) && (section == null || t.SectionIndex == section))
            .OrderBy(t => t.SpokenAtUtc).ToListAsync(cancellationToken);
        var sources = comments.Select(c => (Key: (c.VersionNumber, c.SectionIndex), c.SectionExcerpt, Kind: SourceKind.Comment,
                Utterance: new Utterance(c.Id.Value, c.AuthorDelegateId?.ToString() ?? c.Author, c.Text)))
            // the same delegate writing and speaking counts once
            .Concat(transcripts.Select(t => (Key: (t.VersionNumber, t.SectionIndex), t.SectionExcerpt, Kind: SourceKind.Transcript,
                Utterance: new Utterance(t.Id, t.SpeakerDelegateId?.ToString() ?? "speaker:" + t.Speaker.ToLowerInvariant(), t.Text))));
        return sources.GroupBy(s => s.Key).OrderBy(g => g.Key.VersionNumber).ThenBy(g => g.Key.SectionIndex).Select(g =>
        {
            var kinds = g.ToDictionary(s => s.Utterance.SourceId, s => s.Kind);
            var themes = synthesiser.Synthesise(g.Select(s => s.Utterance).ToList()).Select(theme => new SynthesisTheme(
                    string.Join(" ", theme.Sentences.Select(s => s.Text)),
                    theme.Sentences.Select(s => new SynthesisSentence(s.Text, s.SourceId, kinds[s.SourceId])).ToList(),
                    theme.Speakers,
                    theme.Sources.Select(id => new SynthesisSource(id, kinds[id])).ToList()))
                .ToList();
            return new Drafted(g.Key.VersionNumber, g.Key.SectionIndex, g.First().SectionExcerpt, themes,
                g.Count(s => s.Kind == SourceKind.Comment), g.Count(s => s.Kind == SourceKind.Transcript));
        }).ToList();
    }
}
