namespace Congress.Modules.Documents.Domain.Documents;

/// <summary>
/// One delivered copy: the short id printed on (or embedded in) the copy, and who received it, when, of which version, how.
/// A leaked copy's id names its recipient.
/// </summary>
internal sealed class Watermark
{
    private Watermark() { }

    public string Code { get; private set; } = "";
    public DocumentId DocumentId { get; private set; }
    public DocumentVersionId VersionId { get; private set; }
    public int VersionNumber { get; private set; }
    public string Recipient { get; private set; } = "";
    public Guid? RecipientUserId { get; private set; }
    public Guid? RecipientDelegateId { get; private set; }
    /// <summary>"view" or "download".</summary>
    public string Purpose { get; private set; } = "";
    public DateTime IssuedAtUtc { get; private set; }

    public static Watermark Issue(string code, DocumentId documentId, DocumentVersionId versionId, int versionNumber, string recipient,
        Guid? userId, Guid? delegateId, string purpose, DateTime nowUtc) => new()
    {
        Code = code, DocumentId = documentId, VersionId = versionId, VersionNumber = versionNumber, Recipient = recipient,
        RecipientUserId = userId, RecipientDelegateId = delegateId, Purpose = purpose, IssuedAtUtc = nowUtc,
    };
}

/// <summary>A stored version whose ciphertext did not authenticate: refused to the reader, kept here for the organisers.</summary>
internal sealed class IntegrityAlert
{
    private IntegrityAlert() { }

    public Guid Id { get; private set; }
    public DocumentId DocumentId { get; private set; }
    public DocumentVersionId VersionId { get; private set; }
    public string Caller { get; private set; } = "";
    public DateTime DetectedAtUtc { get; private set; }

    public static IntegrityAlert Raise(DocumentId documentId, DocumentVersionId versionId, string caller, DateTime nowUtc) =>
        new() { Id = Guid.NewGuid(), DocumentId = documentId, VersionId = versionId, Caller = caller, DetectedAtUtc = nowUtc };
}

/// <summary>A member of a congress's presidium, for documents addressed to it (set by the organising committee).</summary>
internal sealed class PresidiumMember
{
    private PresidiumMember() { }

    public PresidiumMember(Guid congressId, Guid delegateId)
    {
        CongressId = congressId;
        DelegateId = delegateId;
    }

    public Guid CongressId { get; private set; }
    public Guid DelegateId { get; private set; }
}

/// <summary>Which discussion group a delegate sits in: Documents' own copy, kept from Delegates' integration events.</summary>
internal sealed class GroupMembership
{
    private GroupMembership() { }

    public GroupMembership(Guid delegateId, Guid congressId, Guid groupId)
    {
        DelegateId = delegateId;
        CongressId = congressId;
        GroupId = groupId;
    }

    public Guid DelegateId { get; private set; }
    public Guid CongressId { get; private set; }
    public Guid GroupId { get; set; }
}
