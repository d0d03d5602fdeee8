using System.Text;
using System.Text.Json;
using Congress.Modules.Documents.Domain.Documents;
using Congress.Shared.Kernel;

namespace Congress.Modules.Documents.Domain.Synthesis;

/// <summary>Where a representative sentence came from: a written comment or a speech transcript.</summary>
internal enum SourceKind
{
    Comment = 0,
    Transcript = 1,
}

internal sealed record SynthesisSource(Guid Id, SourceKind Kind);

/// <summary>A sentence the synthesiser chose to stand for a theme, with its source (kept when the secretariat edits the theme's text).</summary>
internal sealed record SynthesisSentence(string Text, Guid SourceId, SourceKind Kind);

/// <summary>
/// One theme of a section: the text the secretariat edits (at first the representative sentences, joined), the sentences
/// and sources it was drawn from and how many speakers raised it — those stay as generated.
/// </summary>
internal sealed record SynthesisTheme(string Text, IReadOnlyList<SynthesisSentence> Sentences, int Speakers, IReadOnlyList<SynthesisSource> Sources);

internal enum SynthesisStatus
{
    Draft = 0,
    Published = 1,
}

/// <summary>
/// The synthesis of what was said about one section of a draft's version (comments and speech transcripts), drafted by the
/// synthesiser, edited by the secretariat and published to the drafting team and the presidium (docs/adr/0028). Every
/// change names the <see cref="Revision"/> it was made on: a stale one is refused (409), so two editors never overwrite
/// each other unseen. Publishing copies the draft as it stands; later edits change the draft, not what was published,
/// until it is published again.
/// </summary>
internal sealed class SectionSynthesis
{
    public const int MaxThemeTextLength = 4000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private SectionSynthesis() { }

    public Guid Id { get; private set; }
    public DocumentId DocumentId { get; private set; }
    public Guid CongressId { get; private set; }
    public int VersionNumber { get; private set; }
    public int SectionIndex { get; private set; }
    public string SectionExcerpt { get; private set; } = "";
    /// <summary>Counts every change; the optimistic-concurrency token.</summary>
    public int Revision { get; private set; }
    public string DraftJson { get; private set; } = "[]";
    public string? PublishedJson { get; private set; }
    public int? PublishedRevision { get; private set; }
    public DateTime? PublishedAtUtc { get; private set; }
    public string? PublishedBy { get; private set; }
    public int Comments { get; private set; }
    public int Transcripts { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }
    public string UpdatedBy { get; private set; } = "";

    public IReadOnlyList<SynthesisTheme> Draft => JsonSerializer.Deserialize<List<SynthesisTheme>>(DraftJson, Json) ?? [];
    public IReadOnlyList<SynthesisTheme>? Published => PublishedJson is null ? null : JsonSerializer.Deserialize<List<SynthesisTheme>>(PublishedJson, Json);
    public bool IsPublished => PublishedJson is not null;
    /// <summary>Edited (or drafted again) since it was last published.</summary>
    public bool HasUnpublishedChanges => PublishedRevision != Revision;

    public static SectionSynthesis Start(DocumentId documentId, Guid congressId, int version, int sectionIndex, string excerpt,
        IReadOnlyList<SynthesisTheme> themes, int comments, int transcripts, string by, DateTime nowUtc)
    {
        var synthesis = new SectionSynthesis
        {
            Id = Guid.NewGuid(), DocumentId = documentId, CongressId = congressId, VersionNumber = version, SectionIndex = sectionIndex,
            SectionExcerpt = excerpt.Length > 160 ? excerpt[..160] + "…" : excerpt,
        };
        synthesis.Redraft(themes, comments, transcripts, by, nowUtc);
        return synthesis;
    }

    public static readonly Error Stale = Error.Conflict("documents.synthesis.stale",
        "Bản tổng hợp vừa được người khác sửa — hãy tải lại bản mới nhất; nội dung đồng chí nhập vẫn còn trên màn hình.");

    public Result CheckRevision(int expected) => expected == Revision ? Result.Success() : Stale;

    /// <summary>Drafts again from the sources as they are now (new comments, new transcripts); the edited texts are replaced.</summary>
    public void Redraft(IReadOnlyList<SynthesisTheme> themes, int comments, int transcripts, string by, DateTime nowUtc)
    {
        DraftJson = JsonSerializer.Serialize(themes, Json);
        Comments = comments;
        Transcripts = transcripts;
        Touch(by, nowUtc);
    }

    /// <summary>Replaces the text of each theme, in order; sentences, sources and counts stay as drafted.</summary>
    public Result Edit(IReadOnlyList<string> texts, string by, DateTime nowUtc)
    {
        var themes = Draft;
        if (texts.Count != themes.Count)
            return new Error("documents.synthesis.themes", $"Bản tổng hợp có {themes.Count} nhóm ý kiến; gửi đúng {themes.Count} đoạn.");
        var edited = new List<SynthesisTheme>(themes.Count);
        for (var i = 0; i < themes.Count; i++)
        {
            var text = (texts[i] ?? "").Trim().Normalize(NormalizationForm.FormC);
            if (text.Length == 0) return new Error("documents.synthesis.text", $"Đoạn tổng hợp số {i + 1} đang trống.");
            if (text.Length > MaxThemeTextLength) return new Error("documents.synthesis.text", $"Đoạn tổng hợp số {i + 1} quá dài (tối đa {MaxThemeTextLength} ký tự).");
            edited.Add(themes[i] with { Text = text });
        }
        DraftJson = JsonSerializer.Serialize(edited, Json);
        Touch(by, nowUtc);
        return Result.Success();
    }

    public Result Publish(string by, DateTime nowUtc)
    {
        if (Draft.Count == 0) return new Error("documents.synthesis.empty", "Chưa có ý kiến nào để tổng hợp.");
        PublishedJson = DraftJson;
        Touch(by, nowUtc);
        PublishedRevision = Revision;
        PublishedAtUtc = nowUtc;
        PublishedBy = by;
        return Result.Success();
    }

    private void Touch(string by, DateTime nowUtc)
    {
        Revision++;
        UpdatedAtUtc = nowUtc;
        UpdatedBy = by;
    }
}
