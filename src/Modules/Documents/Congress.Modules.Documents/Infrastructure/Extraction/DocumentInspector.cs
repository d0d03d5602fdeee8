using System.IO.Compression;
using System.Text;
using Congress.Modules.Documents.Application;
using Congress.Modules.Documents.Application.Documents;
using Congress.Modules.Documents.Application.Ports;
using Congress.Modules.Documents.Domain.Documents;
using Congress.Shared.Kernel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Options;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Congress.Modules.Documents.Infrastructure.Extraction;

/// <summary>
/// Reads an uploaded file: its type from its first bytes (<c>%PDF-</c>, or a zip holding <c>word/document.xml</c>), then
/// its text — PdfPig's content-order extractor page by page, or Open XML paragraph by paragraph without deleted or
/// moved-away tracked changes — normalised to NFC, paragraphs separated by a blank line. Refuses bombs and outside references.
/// </summary>
internal sealed class DocumentInspector(IOptions<DocumentsOptions> options) : IDocumentInspector
{
    public static readonly Error WrongType = new("documents.file.type", "Chỉ nhận tệp PDF hoặc DOCX (nhận biết theo nội dung tệp, không theo tên).");
    public static readonly Error Empty = new("documents.file.empty", "Tệp rỗng.");
    public static readonly Error Malformed = new("documents.file.malformed", "Tệp hỏng hoặc không đọc được.");
    public static readonly Error Bomb = new("documents.file.bomb", "Tệp vượt giới hạn an toàn (quá nhiều trang, mục nén hoặc dữ liệu giải nén) — không nhận.");
    public static readonly Error External = new("documents.file.external", "Tệp DOCX có tham chiếu ra ngoài (mẫu, ảnh, đối tượng hay trường liên kết) — không nhận.");
    public static readonly Error Encrypted = new("documents.file.encrypted", "Tệp PDF có mật khẩu — không nhận.");

    private static readonly string[] ExternalFields = ["INCLUDETEXT", "INCLUDEPICTURE", "LINK", "DDE", "DDEAUTO", "IMPORT"];

    private DocumentsOptions Limits => options.Value;

    public Result<InspectedDocument> Inspect(byte[] content)
    {
        if (content.Length == 0) return Empty;
        if (content.Length > Limits.MaxUploadBytes) return TooLarge(Limits.MaxUploadBytes);
        if (content.AsSpan().StartsWith("%PDF-"u8)) return InspectPdf(content);
        if (content.AsSpan().StartsWith("PK\x03\x04"u8)) return InspectDocx(content);
        return WrongType;
    }

    public static Error TooLarge(long max) => new("documents.file.too_large", $"Tệp quá lớn (tối đa {max / 1024 / 1024} MB).");

    private Result<InspectedDocument> InspectPdf(byte[] content)
    {
        try
        {
            using var pdf = PdfDocument.Open(content);
            if (pdf.IsEncrypted) return Encrypted;
            if (pdf.NumberOfPages > Limits.MaxPdfPages) return Bomb;
            // pages kept apart by a form feed (DocumentPages), so that a search hit names its page; a PDF without any text
            // (scanned) has no text at all
            var pages = new List<string>(pdf.NumberOfPages);
            var length = 0;
            for (var number = 1; number <= pdf.NumberOfPages; number++)
            {
                var page = pdf.GetPage(number);
                var pageText = Normalise(ContentOrderTextExtractor.GetText(page, new ContentOrderTextExtractor.Options { SeparateParagraphsWithDoubleNewline = true })
                    .Replace(DocumentPages.Break, ' '));
                length += pageText.Length + DocumentPages.Separator.Length;
                if (length > Limits.MaxTextCharacters) return Bomb;
                pages.Add(pageText);
            }
            var text = pages.Any(p => p.Length > 0) ? DocumentPages.Join(pages) : "";
            return new InspectedDocument(FileFormat.Pdf, text, pdf.NumberOfPages);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return ex.Message.Contains("password", StringComparison.OrdinalIgnoreCase) || ex.Message.Contains("encrypt", StringComparison.OrdinalIgnoreCase)
                ? Encrypted : Malformed;
        }
    }

    private Result<InspectedDocument> InspectDocx(byte[] content)
    {
        // 1. The zip itself, before Open XML inflates anything: entry count, and every entry inflated into a counter
        //    (declared sizes can lie), against one budget.
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > Limits.MaxDocxEntries) return Bomb;
            if (zip.GetEntry("word/document.xml") is null || zip.GetEntry("[Content_Types].xml") is null) return WrongType;
            var budget = Limits.MaxDocxInflatedBytes;
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                if (entry.Length > budget) return Bomb;
                using var stream = entry.Open();
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    budget -= read;
                    if (budget < 0) return Bomb;
                }
            }
        }
        catch (InvalidDataException)
        {
            return Malformed;
        }

        // 2. The Word package: nothing that reaches outside, then the text.
        try
        {
            using var word = WordprocessingDocument.Open(new MemoryStream(content, writable: false), false);
            var parts = word.GetAllParts().ToList();
            if (word.ExternalRelationships.Any() || parts.Any(p => p.ExternalRelationships.Any())) return External;
            var body = word.MainDocumentPart?.Document?.Body;
            if (body is null) return Malformed;
            if (parts.OfType<OpenXmlPart>().Any(HasExternalField)) return External;

            var text = new StringBuilder();
            foreach (var paragraph in body.Descendants<Paragraph>())
            {
                var line = ParagraphText(paragraph);
                if (line.Length == 0) continue;
                if (text.Length + line.Length > Limits.MaxTextCharacters) return Bomb;
                if (text.Length > 0) text.Append("\n\n");
                text.Append(line);
            }
            return new InspectedDocument(FileFormat.Docx, Normalise(text.ToString().Replace(DocumentPages.Break, ' ')), 0);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or IOException or InvalidOperationException)
        {
            return Malformed;
        }
    }

    /// <summary>A paragraph's own text (not that of paragraphs nested in it), without deleted or moved-away tracked changes.</summary>
    private static string ParagraphText(Paragraph paragraph)
    {
        var builder = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            if (element.Ancestors<Paragraph>().FirstOrDefault() != paragraph) continue;
            if (element.Ancestors<DeletedRun>().Any() || element.Ancestors<MoveFromRun>().Any()) continue;
            switch (element)
            {
                case Text t: builder.Append(t.Text); break;
                case TabChar: builder.Append(' '); break;
                case Break or CarriageReturn: builder.Append(' '); break;
            }
        }
        return builder.ToString().Trim();
    }

    private static bool HasExternalField(OpenXmlPart part)
    {
        if (part.RootElement is not { } root) return false;
        var codes = root.Descendants<FieldCode>().Select(f => f.Text)
            .Concat(root.Descendants<SimpleField>().Select(f => f.Instruction?.Value ?? ""));
        return codes.Any(code => code.Trim().Split(' ', 2)[0].ToUpperInvariant() is var name && ExternalFields.Contains(name));
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n').Normalize(NormalizationForm.FormC).Trim();
}
