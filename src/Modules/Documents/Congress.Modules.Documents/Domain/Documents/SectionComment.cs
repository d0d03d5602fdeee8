using System.Text;
using Congress.Shared.Kernel;

namespace Congress.Modules.Documents.Domain.Documents;

internal readonly record struct SectionCommentId(Guid Value) : ITypedId
{
    public static SectionCommentId New() => new(Guid.NewGuid());
}

/// <summary>A delegate's comment on one section of a draft's version, and the drafting team's answer.</summary>
internal sealed class SectionComment : Entity<SectionCommentId>
{
    public const int MaxLength = 4000;

    private SectionComment() { }

    public DocumentId DocumentId { get; private set; }
    public int VersionNumber { get; private set; }
    /// <summary>The section's place in that version's text (0-based paragraph block).</summary>
    public int SectionIndex { get; private set; }
    /// <summary>The section's opening words, so that the comment still reads right after later versions.</summary>
    public string SectionExcerpt { get; private set; } = "";
    public string Author { get; private set; } = "";
    public Guid? AuthorDelegateId { get; private set; }
    public string Text { get; private set; } = "";
    public DateTime CreatedAtUtc { get; private set; }
    public string? Answer { get; private set; }
    public string? AnsweredBy { get; private set; }
    public DateTime? AnsweredAtUtc { get; private set; }

    public static Result<SectionComment> Write(DocumentId documentId, int version, int sectionIndex, string section, string author, Guid? delegateId,
        string text, DateTime nowUtc)
    {
        text = (text ?? "").Trim().Normalize(NormalizationForm.FormC);
        if (text.Length == 0) return new Error("documents.comment.text", "Nội dung góp ý là bắt buộc.");
        if (text.Length > MaxLength) return new Error("documents.comment.text", $"Góp ý quá dài (tối đa {MaxLength} ký tự).");
        return new SectionComment
        {
            Id = SectionCommentId.New(), DocumentId = documentId, VersionNumber = version, SectionIndex = sectionIndex,
            SectionExcerpt = section.Length > 160 ? section[..160] + "…" : section, Author = author, AuthorDelegateId = delegateId, Text = text,
            CreatedAtUtc = nowUtc,
        };
    }

    public Result AnswerWith(string answer, string by, DateTime nowUtc)
    {
        answer = (answer ?? "").Trim().Normalize(NormalizationForm.FormC);
        if (answer.Length == 0) return new Error("documents.comment.answer", "Nội dung trả lời là bắt buộc.");
        if (answer.Length > MaxLength) return new Error("documents.comment.answer", $"Trả lời quá dài (tối đa {MaxLength} ký tự).");
        Answer = answer;
        AnsweredBy = by;
        AnsweredAtUtc = nowUtc;
        return Result.Success();
    }
}
