namespace Congress.Modules.Documents.Application.Ports;

/// <summary>One thing a delegate said about a section: a comment (or, later, a speech transcript).</summary>
internal sealed record Utterance(Guid SourceId, string Speaker, string Text);

/// <summary>A sentence chosen to stand for a theme, with the utterance it came from.</summary>
internal sealed record RepresentativeSentence(string Text, Guid SourceId);

/// <summary>A theme: what several delegates raised, how many of them, in whose words, from which sources.</summary>
internal sealed record Theme(IReadOnlyList<RepresentativeSentence> Sentences, int Speakers, IReadOnlyList<Guid> Sources);

/// <summary>
/// Groups what was said about a section by similarity and summarises each group by representative sentences. The default is
/// extractive and model-free (<c>ExtractiveSynthesiser</c>); a local language model can replace it behind this port.
/// </summary>
internal interface ISynthesiser
{
    IReadOnlyList<Theme> Synthesise(IReadOnlyList<Utterance> utterances);
}
