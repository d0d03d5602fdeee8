using Congress.Modules.Documents.Application.Ports;
using Congress.Modules.Documents.Domain.Documents;
using Congress.Modules.Documents.Domain.Synthesis;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Documents.Application.Synthesis;

/// <summary>What was said about one section — written comments and speech transcripts — drafted into themes by the <see cref="ISynthesiser"/>.</summary>
internal sealed class SynthesisSources(DocumentsDbContext db, ISynthesiser synthesiser)
{
    public sealed record Drafted(IReadOnlyList<SynthesisTheme> Themes, int Comments, int Transcripts);

    public async Task<Drafted> DraftAsync(DocumentId documentId, int version, int section, CancellationToken cancellationToken)
    {
        var comments = await db.Comments.AsNoTracking()
            .Where(c => c.DocumentId == documentId && c.VersionNumber == version && c.SectionIndex == section)
            .OrderBy(c => c.CreatedAtUtc).ToListAsync(cancellationToken);
        var transcripts = await db.Transcripts.AsNoTracking()
            .Where(t => t.DocumentId == documentId && t.VersionNumber == version && t.SectionIndex == section)
            .OrderBy(t => t.SpokenAtUtc).ToListAsync(cancellationToken);
        var kinds = new Dictionary<Guid, SourceKind>();
        var utterances = new List<Utterance>(comments.Count + transcripts.Count);
        foreach (var c in comments)
        {
            kinds[c.Id.Value] = SourceKind.Comment;
            utterances.Add(new Utterance(c.Id.Value, c.AuthorDelegateId?.ToString() ?? c.Author, c.Text));
        }
        foreach (var t in transcripts)
        {
            kinds[t.Id] = SourceKind.Transcript;
            // the same delegate writing and speaking counts once
            utterances.Add(new Utterance(t.Id, t.SpeakerDelegateId?.ToString() ?? "speaker:" + t.Speaker.ToLowerInvariant(), t.Text));
        }
        var themes = synthesiser.Synthesise(utterances).Select(theme => new SynthesisTheme(
                string.Join(" ", theme.Sentences.Select(s => s.Text)),
                theme.Sentences.Select(s => new SynthesisSentence(s.Text, s.SourceId, kinds[s.SourceId])).ToList(),
                theme.Speakers,
                theme.Sources.Select(id => new SynthesisSource(id, kinds[id])).ToList()))
            .ToList();
        return new Drafted(themes, comments.Count, transcripts.Count);
    }
}
