using System.Text;
using Congress.Shared.Kernel;

namespace Congress.Modules.Documents.Domain.Documents;

internal readonly record struct DocumentId(Guid Value) : ITypedId
{
    public static DocumentId New() => new(Guid.NewGuid());
}

/// <summary>Who may read a document besides the congress's staff: public, congress-internal or confidential (view-only).</summary>
internal enum Classification
{
    Public = 0,
    Internal = 1,
    Confidential = 2,
}

/// <summary>Which delegates of the congress a document is addressed to.</summary>
internal enum AudienceKind
{
    AllDelegates = 0,
    DiscussionGroup = 1,
    Presidium = 2,
    NamedDelegates = 3,
}

internal sealed record DocumentVersionPublishedDomainEvent(DocumentId DocumentId, int Version) : IDomainEvent;

/// <summary>
/// A working document of a congress (draft political report, resolution, …): its title, classification and audience,
/// and the number of its current version. The versions themselves (encrypted file and text) are <see cref="DocumentVersion"/> rows.
/// </summary>
internal sealed class Document : AggregateRoot<DocumentId>
{
    public const int MaxTitleLength = 300;

    private readonly List<DocumentReader> _readers = [];

    private Document() { }

    public Guid CongressId { get; private set; }
    public string Title { get; private set; } = "";
    public Classification Classification { get; private set; }
    public AudienceKind Audience { get; private set; }
    /// <summary>The discussion group, when <see cref="Audience"/> is <see cref="AudienceKind.DiscussionGroup"/>.</summary>
    public Guid? AudienceGroupId { get; private set; }
    /// <summary>The named delegates, when <see cref="Audience"/> is <see cref="AudienceKind.NamedDelegates"/>.</summary>
    public IReadOnlyList<DocumentReader> Readers => _readers;
    public int CurrentVersion { get; private set; }
    /// <summary>The agenda item of the same congress this document belongs to (a draft resolution with its item), if any (docs/adr/0028).</summary>
    public Guid? AgendaItemId { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }
    public string CreatedBy { get; private set; } = "";

    public static Result<Document> Create(Guid congressId, string title, Classification classification, AudienceKind audience,
        Guid? groupId, IReadOnlyCollection<Guid> namedDelegates, string author, DateTime nowUtc)
    {
        title = (title ?? "").Trim().Normalize(NormalizationForm.FormC);
        if (title.Length == 0) return new Error("documents.title", "Tên tài liệu là bắt buộc.");
        if (title.Length > MaxTitleLength) return new Error("documents.title", $"Tên tài liệu quá dài (tối đa {MaxTitleLength} ký tự).");
        var document = new Document
        {
            Id = DocumentId.New(), CongressId = congressId, Title = title, Classification = classification,
            CreatedAtUtc = nowUtc, UpdatedAtUtc = nowUtc, CreatedBy = author,
        };
        var audienceSet = document.SetAudience(audience, groupId, namedDelegates);
        return audienceSet.IsFailure ? audienceSet.Error! : document;
    }

    public Result SetAudience(AudienceKind audience, Guid? groupId, IReadOnlyCollection<Guid> namedDelegates)
    {
        if (audience == AudienceKind.DiscussionGroup && groupId is null)
            return new Error("documents.audience", "Chưa chọn tổ thảo luận.");
        if (audience == AudienceKind.NamedDelegates && namedDelegates.Count == 0)
            return new Error("documents.audience", "Chưa chọn đại biểu nào.");
        Audience = audience;
        AudienceGroupId = audience == AudienceKind.DiscussionGroup ? groupId : null;
        _readers.Clear();
        if (audience == AudienceKind.NamedDelegates)
            _readers.AddRange(namedDelegates.Distinct().Select(d => new DocumentReader(Id, d)));
        return Result.Success();
    }

    /// <summary>Links the document to an agenda item the caller checked is of this document's congress, or clears the link.</summary>
    public void AttachToAgendaItem(Guid? itemId) => AgendaItemId = itemId; // not a change of content: tablets need not fetch the file again

    /// <summary>Counts a new version in; the caller stores its row.</summary>
    public int AddVersion(DateTime nowUtc)
    {
        CurrentVersion++;
        UpdatedAtUtc = nowUtc;
        Raise(new DocumentVersionPublishedDomainEvent(Id, CurrentVersion));
        return CurrentVersion;
    }
}

/// <summary>A delegate named in a document's audience.</summary>
internal sealed class DocumentReader
{
    private DocumentReader() { }

    public DocumentReader(DocumentId documentId, Guid delegateId)
    {
        DocumentId = documentId;
        DelegateId = delegateId;
    }

    public DocumentId DocumentId { get; private set; }
    public Guid DelegateId { get; private set; }
}
