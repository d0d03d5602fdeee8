using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Congress.Modules.Documents.Tests;

/// <summary>Real PDF and DOCX files, written here: PDF by PdfPig's writer with DejaVu Sans (it has every Vietnamese glyph), DOCX by Open XML.</summary>
internal static class TestFiles
{
    public const string FontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    /// <summary>One page per entry of <paramref name="pages"/>, each entry's lines written one under the other.</summary>
    public static byte[] Pdf(params string[][] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(FontPath));
        foreach (var lines in pages)
        {
            var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            var y = 780.0;
            foreach (var line in lines)
            {
                page.AddText(line, 12, new PdfPoint(50, y), font);
                y -= 40; // a paragraph gap
            }
        }
        return builder.Build();
    }

    public static byte[] Pdf(params string[] lines) => Pdf([lines]);

    /// <summary>A PDF with pages but no text at all (what a scan looks like to a text extractor).</summary>
    public static byte[] PdfWithoutText(int pages = 1)
    {
        var builder = new PdfDocumentBuilder();
        for (var i = 0; i < pages; i++)
        {
            var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            page.DrawRectangle(new PdfPoint(50, 50), 300, 400);
        }
        return builder.Build();
    }

    public static byte[] Docx(IEnumerable<string> paragraphs, string? deletedText = null, Action<WordprocessingDocument>? tweak = null)
    {
        using var buffer = new MemoryStream();
        using (var word = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var body = new Body();
            foreach (var text in paragraphs)
            {
                var paragraph = new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
                if (deletedText is not null)
                {
                    // a tracked deletion inside the paragraph: Word shows it struck through; it is not the document's text
                    paragraph.Append(new DeletedRun(new Run(new DeletedText(deletedText))) { Id = "1", Author = "Thư ký", Date = DateTime.UtcNow });
                    deletedText = null;
                }
                body.Append(paragraph);
            }
            main.Document = new Document(body);
            tweak?.Invoke(word);
            main.Document.Save();
        }
        return buffer.ToArray();
    }

    public static byte[] Docx(params string[] paragraphs) => Docx(paragraphs, null);

    /// <summary>A DOCX whose settings attach a template from a network share (Word fetches it when opened).</summary>
    public static byte[] DocxWithExternalTemplate() => Docx(["Văn bản có mẫu ngoài"], null, word =>
    {
        var settings = word.MainDocumentPart!.AddNewPart<DocumentSettingsPart>();
        var relationship = settings.AddExternalRelationship(
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate", new Uri(@"\\may-chu\mau\normal.dotm", UriKind.Absolute));
        settings.Settings = new Settings(new AttachedTemplate { Id = relationship.Id });
    });

    /// <summary>A valid DOCX with one more entry that inflates to <paramref name="inflatedBytes"/> of zeros (a few KB compressed).</summary>
    public static byte[] DocxBomb(long inflatedBytes)
    {
        var docx = Docx("Một văn bản bình thường");
        using var buffer = new MemoryStream();
        buffer.Write(docx);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("word/media/filler.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (long written = 0; written < inflatedBytes; written += zeros.Length) entry.Write(zeros);
        }
        return buffer.ToArray();
    }
}
