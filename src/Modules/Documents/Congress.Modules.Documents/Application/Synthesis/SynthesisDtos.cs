using Congress.Modules.Documents.Domain.Synthesis;

namespace Congress.Modules.Documents.Application.Synthesis;

internal sealed record TranscriptDto(Guid Id, int Version, int Section, string Excerpt, string Speaker, Guid? SpeakerDelegateId, DateTime SpokenAtUtc,
    Guid? AgendaItemId, string Text, string RecordedBy, DateTime RecordedAtUtc)
{
    public static TranscriptDto From(SpeechTranscript t) => new(t.Id, t.VersionNumber, t.SectionIndex, t.SectionExcerpt, t.Speaker, t.SpeakerDelegateId,
        t.SpokenAtUtc, t.AgendaItemId, t.Text, t.RecordedBy, t.RecordedAtUtc);
}

/// <param name="Kind">"Comment" or "Transcript".</param>
internal sealed record SynthesisSentenceDto(string Text, Guid SourceId, string Kind);

internal sealed record SynthesisSourceDto(Guid Id, string Kind);

/// <param name="Text">The theme's text as the secretariat wrote it (at first the representative sentences).</param>
/// <param name="Speakers">How many speakers (delegates, or named speakers) raised it.</param>
internal sealed record SynthesisThemeDto(string Text, IReadOnlyList<SynthesisSentenceDto> Sentences, int Speakers, IReadOnlyList<SynthesisSourceDto> Sources)
{
    public static IReadOnlyList<SynthesisThemeDto> From(IReadOnlyList<SynthesisTheme> themes) => themes.Select(t => new SynthesisThemeDto(t.Text,
        t.Sentences.Select(s => new SynthesisSentenceDto(s.Text, s.SourceId, s.Kind.ToString())).ToList(), t.Speakers,
        t.Sources.Select(s => new SynthesisSourceDto(s.Id, s.Kind.ToString())).ToList())).ToList();
}

/// <summary>For the drafting team, live and not stored: a section's themes as drafted now from its comments and transcripts.</summary>
internal sealed record SynthesisPreviewDto(int Version, int Section, string Excerpt, int Comments, int Transcripts, IReadOnlyList<SynthesisThemeDto> Themes);

/// <summary>For the secretariat: the draft being edited (its <paramref name="Revision"/> goes with every change) and what was last published.</summary>
internal sealed record SynthesisDraftDto(Guid Id, Guid DocumentId, int Version, int Section, string Excerpt, int Revision, int Comments, int Transcripts,
    IReadOnlyList<SynthesisThemeDto> Themes, IReadOnlyList<SynthesisThemeDto>? Published, DateTime? PublishedAtUtc, string? PublishedBy,
    bool HasUnpublishedChanges, DateTime UpdatedAtUtc, string UpdatedBy)
{
    public static SynthesisDraftDto From(SectionSynthesis s) => new(s.Id, s.DocumentId.Value, s.VersionNumber, s.SectionIndex, s.SectionExcerpt, s.Revision,
        s.Comments, s.Transcripts, SynthesisThemeDto.From(s.Draft), s.Published is { } p ? SynthesisThemeDto.From(p) : null, s.PublishedAtUtc, s.PublishedBy,
        s.HasUnpublishedChanges, s.UpdatedAtUtc, s.UpdatedBy);
}

/// <summary>For the drafting team and the presidium: a section's synthesis as it was published.</summary>
internal sealed record PublishedSynthesisDto(Guid Id, int Version, int Section, string Excerpt, int Comments, int Transcripts,
    IReadOnlyList<SynthesisThemeDto> Themes, DateTime PublishedAtUtc, string PublishedBy);
