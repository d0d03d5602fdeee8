namespace Congress.Modules.Documents.Application.Comments;

internal sealed record CommentDto(Guid Id, int Version, string Author, Guid? AuthorDelegateId, string Text, DateTime CreatedAtUtc,
    string? Answer, string? AnsweredBy, DateTime? AnsweredAtUtc);

/// <summary>The comments on one section, for the drafting team.</summary>
internal sealed record SectionCommentsDto(int SectionIndex, string Excerpt, int Delegates, IReadOnlyList<CommentDto> Comments);
