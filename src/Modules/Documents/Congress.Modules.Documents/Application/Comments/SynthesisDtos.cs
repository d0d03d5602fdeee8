namespace Congress.Modules.Documents.Application.Comments;

internal sealed record ThemeSentenceDto(string Text, Guid SourceCommentId);

/// <param name="Delegates">How many delegates raised it.</param>
internal sealed record ThemeDto(IReadOnlyList<ThemeSentenceDto> Sentences, int Delegates, IReadOnlyList<Guid> SourceCommentIds);

internal sealed record SectionSynthesisDto(int Version, int SectionIndex, string Excerpt, int Comments, IReadOnlyList<ThemeDto> Themes);
