using Congress.Modules.Documents.Application.Ports;
using Congress.Modules.Documents.Domain.Documents;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Documents.Application.Documents;

/// <summary>Reads versions back out of the encrypted store, and answers the errors every use case shares.</summary>
internal sealed class DocumentStore(DocumentsDbContext db, IDocumentVault vault)
{
    public static readonly Error VersionNotFound = Error.NotFound("documents.version.not_found", "Không tìm thấy phiên bản này của tài liệu.");
    public static readonly Error Tampered = Error.Conflict("documents.tampered",
        "Bản lưu của tài liệu này không còn nguyên vẹn (bản mã bị thay đổi) — không mở; Ban Tổ chức đã được ghi nhận.");
    public static readonly Error ViewOnly = Error.Forbidden("documents.view_only", "Tài liệu mật chỉ được xem, không được tải xuống.");

    public async Task<Result<DocumentVersion>> VersionAsync(DocumentId documentId, int? number, CancellationToken cancellationToken)
    {
        var query = db.Versions.AsNoTracking().Where(v => v.DocumentId == documentId);
        var version = number is { } n
            ? await query.FirstOrDefaultAsync(v => v.Number == n, cancellationToken)
            : await query.OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        return version is null ? VersionNotFound : version;
    }

    /// <summary>One section of a version (a comment or a speech transcript is attached to it).</summary>
    public sealed record SectionOf(DocumentVersion Version, string Text);

    /// <summary>
    /// The text of section <paramref name="section"/> (from 0) of a version of a document the caller may read; a tampered
    /// version or a section it does not have is refused (<paramref name="errorCode"/> names which request asked).
    /// </summary>
    public async Task<Result<SectionOf>> SectionAsync(Document document, int? number, int section, string errorCode, CancellationToken cancellationToken)
    {
        var version = await VersionAsync(document.Id, number, cancellationToken);
        if (version.IsFailure) return version.Error!;
        IReadOnlyList<string> sections;
        try { sections = Sections(Text(version.Value)); }
        catch (DocumentTamperedException) { return Tampered; }
        if (section < 0 || section >= sections.Count)
            return new Error(errorCode, $"Phiên bản này có {sections.Count} mục (đánh số từ 0).");
        return new SectionOf(version.Value, sections[section]);
    }

    /// <exception cref="DocumentTamperedException"/>
    public string Text(DocumentVersion version) => vault.OpenText(version.Id.Value, version.WrappedKey, version.SealedText);

    /// <exception cref="DocumentTamperedException"/>
    public byte[] Content(DocumentVersion version) => vault.OpenContent(version.Id.Value, version.WrappedKey, version.SealedContent);

    public static VersionDto ToDto(DocumentVersion v) =>
        new(v.Number, v.FileName, v.Format.ToString(), v.SizeBytes, v.HasText, v.PageCount, v.ChangeNote, v.UploadedAtUtc, v.UploadedBy);

    public static string ContentType(FileFormat format) => format == FileFormat.Pdf
        ? "application/pdf"
        : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>Sections of a version's text: its paragraph blocks (the inspector separates them by a blank line).</summary>
    public static IReadOnlyList<string> Sections(string text) =>
        text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(s => s.Length > 0).ToList();
}
