namespace Congress.Modules.Documents.Application;

/// <summary>Limits on uploads, where the search index lives and how long tablet packages open (section <c>Documents</c>).</summary>
internal sealed class DocumentsOptions
{
    public const string Section = "Documents";

    /// <summary>Largest file accepted (bytes); larger is refused before it is read (413).</summary>
    public long MaxUploadBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>A PDF with more pages is refused (a page bomb).</summary>
    public int MaxPdfPages { get; set; } = 2000;

    /// <summary>A DOCX (a zip) with more entries is refused.</summary>
    public int MaxDocxEntries { get; set; } = 2000;

    /// <summary>A DOCX whose entries inflate to more than this (bytes, counted while inflating) is refused (a zip bomb).</summary>
    public long MaxDocxInflatedBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>Extracted text beyond this many characters is refused (a decompression bomb in a PDF's content streams shows here).</summary>
    public int MaxTextCharacters { get; set; } = 20_000_000;

    /// <summary>The Lucene index folder; default <c>.data/documents-index</c> under the content root. Rebuilt by <c>documents reindex</c>.</summary>
    public string? IndexDirectory { get; set; }

    /// <summary>
    /// How long a tablet package opens after it is issued (hours; default 96: a congress of three days and a margin). The
    /// tablet refuses it afterwards, and the server's verification answers 410; the next sync issues a fresh one.
    /// </summary>
    public double PackageLifetimeHours { get; set; } = 96;

    /// <summary>Where full packages are kept as sealed, per device (docs/adr/0026); default the index folder + <c>.packages</c>.</summary>
    public string? PackageCacheDirectory { get; set; }

    /// <summary>
    /// Whether tablets' full packages are prepared in the background (docs/adr/0031) when a tablet is registered and when
    /// something a delegate may read changes (default true). The organising committee's "prepare all" works either way.
    /// </summary>
    public bool PreparePackagesAhead { get; set; } = true;
}
