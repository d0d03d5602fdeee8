using Congress.Shared.Kernel;

namespace Congress.Modules.Documents.Domain.Documents;

internal readonly record struct DocumentVersionId(Guid Value) : ITypedId
{
    public static DocumentVersionId New() => new(Guid.NewGuid());
}

/// <summary>The file format, decided by the file's own bytes, never by its name.</summary>
internal enum FileFormat
{
    Pdf = 0,
    Docx = 1,
}

/// <summary>
/// One version of a document, as uploaded, encrypted: the file and its extracted text are each AES-256-GCM under this
/// version's own data key, which is stored only wrapped by the master key kept outside the database (docs/adr/0020).
/// </summary>
internal sealed class DocumentVersion : Entity<DocumentVersionId>
{
    private DocumentVersion() { }

    public DocumentId DocumentId { get; private set; }
    public int Number { get; private set; }
    public string FileName { get; private set; } = "";
    public FileFormat Format { get; private set; }
    public long SizeBytes { get; private set; }
    /// <summary>SHA-256 of the file as uploaded (hex), to tell a re-upload of the same file.</summary>
    public string Sha256 { get; private set; } = "";
    /// <summary>The data key, wrapped: <c>aesgcm:&lt;master key id&gt;:&lt;base64&gt;</c>.</summary>
    public string WrappedKey { get; set; } = "";
    public byte[] SealedContent { get; private set; } = [];
    public byte[] SealedText { get; private set; } = [];
    /// <summary>False when nothing could be extracted (scanned pages): such a version is flagged and found by title only.</summary>
    public bool HasText { get; private set; }
    public int PageCount { get; private set; }
    public string ChangeNote { get; private set; } = "";
    public DateTime UploadedAtUtc { get; private set; }
    public string UploadedBy { get; private set; } = "";

    public static DocumentVersion Create(DocumentVersionId id, DocumentId documentId, int number, string fileName, FileFormat format,
        long sizeBytes, string sha256, string wrappedKey, byte[] sealedContent, byte[] sealedText, bool hasText, int pageCount,
        string changeNote, string uploadedBy, DateTime nowUtc) => new()
    {
        Id = id, DocumentId = documentId, Number = number, FileName = fileName, Format = format, SizeBytes = sizeBytes, Sha256 = sha256,
        WrappedKey = wrappedKey, SealedContent = sealedContent, SealedText = sealedText, HasText = hasText, PageCount = pageCount,
        ChangeNote = changeNote, UploadedBy = uploadedBy, UploadedAtUtc = nowUtc,
    };
}
