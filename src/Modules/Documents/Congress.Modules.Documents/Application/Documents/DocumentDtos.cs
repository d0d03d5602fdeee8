using Congress.Modules.Documents.Domain.Documents;

namespace Congress.Modules.Documents.Application.Documents;

internal sealed record DocumentDto(
    Guid Id, Guid CongressId, string Title, string Classification, string Audience, Guid? AudienceGroupId, IReadOnlyList<Guid> NamedDelegates,
    int CurrentVersion, bool HasText, DateTime UpdatedAtUtc, bool CanDownload, Guid? AgendaItemId = null)
{
    public static DocumentDto From(Document d, bool hasText, bool canDownload) => new(
        d.Id.Value, d.CongressId, d.Title, d.Classification.ToString(), d.Audience.ToString(), d.AudienceGroupId,
        d.Readers.Select(r => r.DelegateId).ToList(), d.CurrentVersion, hasText, d.UpdatedAtUtc, canDownload, d.AgendaItemId);
}

/// <param name="HasText">False: nothing could be extracted (scanned pages?) — flagged, found by its title only.</param>
internal sealed record VersionDto(int Number, string FileName, string Format, long SizeBytes, bool HasText, int PageCount, string ChangeNote,
    DateTime UploadedAtUtc, string UploadedBy);

internal sealed record DocumentDetailsDto(DocumentDto Document, IReadOnlyList<VersionDto> Versions);

/// <summary>A version shown to its reader (the portal's view): the text, and the watermark id recorded for this view.</summary>
internal sealed record ViewedDocumentDto(DocumentDto Document, VersionDto Version, string Text, string WatermarkCode);

/// <summary>A watermarked copy for download.</summary>
internal sealed record DocumentCopy(string FileName, string ContentType, byte[] Content, string WatermarkCode);

/// <summary>One section (paragraph block) of a diff: "unchanged", "added", "removed" or "changed" (old and new).</summary>
internal sealed record SectionChangeDto(string Kind, string? Old, string? New);

internal sealed record VersionDiffDto(Guid DocumentId, int FromVersion, int ToVersion, int Added, int Removed, int Changed, IReadOnlyList<SectionChangeDto> Sections);

/// <summary>
/// A document that matched, ranked by its best page. <paramref name="Page"/>: the page the snippet comes from, where the
/// reader should open the document (null when the text has no pages — a DOCX: the snippet is then from the best passage);
/// <paramref name="Pages"/>: every matching page, best first (at most ten; empty without pages).
/// </summary>
internal sealed record SearchHitDto(Guid DocumentId, string Title, int Version, string Classification, float Score, string Snippet,
    int? Page, IReadOnlyList<int> Pages);

internal sealed record WatermarkTraceDto(string Code, Guid DocumentId, string Title, int Version, string Recipient, Guid? RecipientUserId,
    Guid? RecipientDelegateId, string Purpose, DateTime IssuedAtUtc);

/// <summary>What a view or download answers: the copy, or — when the stored ciphertext did not authenticate — a refusal that was recorded.</summary>
internal sealed record Delivery<T>(T? Copy, bool Tampered) where T : class
{
    public static Delivery<T> Of(T copy) => new(copy, false);
    public static readonly Delivery<T> Refused = new(null, true);
}
