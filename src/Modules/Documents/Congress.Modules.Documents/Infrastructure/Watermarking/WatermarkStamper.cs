using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Congress.Modules.Documents.Application.Ports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using Congress.Modules.Documents.Domain.Documents;

namespace Congress.Modules.Documents.Infrastructure.Watermarking;

/// <summary>
/// Marks each delivered copy for its recipient (docs/adr/0020). PDF: every page is copied by PdfPig's writer and gets one
/// line at its foot — "Ban cua &lt;name&gt; · &lt;time&gt; UTC · WM-&lt;id&gt;", in Helvetica, so the name is written without
/// diacritics (a standard font has no Vietnamese glyphs) — and the id goes into the document information
/// (<c>CongressWatermark</c>). DOCX: a last paragraph with the same line (with diacritics) and the id as the package's
/// identifier. Removing the visible line is possible for whoever has an editor; the record of who received which id stays.
/// </summary>
internal sealed partial class WatermarkStamper : IWatermarkStamper
{
    public const string MetadataKey = "CongressWatermark";

    public byte[] Stamp(byte[] content, FileFormat format, WatermarkLabel label) => format switch
    {
        FileFormat.Pdf => StampPdf(content, label),
        FileFormat.Docx => StampDocx(content, label),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public string? ReadCode(byte[] content, FileFormat format)
    {
        try
        {
            if (format == FileFormat.Pdf)
            {
                using var pdf = PdfDocument.Open(content);
                if (pdf.Information.DocumentInformationDictionary?.Data is { } data && data.TryGetValue(MetadataKey, out var token)
                    && token is UglyToad.PdfPig.Tokens.StringToken text) return text.Data;
                return pdf.NumberOfPages > 0 ? CodeIn(pdf.GetPage(1).Text) : null;
            }
            using var word = WordprocessingDocument.Open(new MemoryStream(content, writable: false), false);
            return word.PackageProperties.Identifier is { Length: > 0 } identifier ? identifier : CodeIn(word.MainDocumentPart?.Document?.Body?.InnerText ?? "");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return null;
        }
    }

    private static string Line(WatermarkLabel label, bool ascii) =>
        $"{(ascii ? "Ban cua" : "Bản của")} {(ascii ? Ascii(label.Recipient) : label.Recipient)} · {label.IssuedAtUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC · WM-{label.Code}";

    private static byte[] StampPdf(byte[] content, WatermarkLabel label)
    {
        using var source = PdfDocument.Open(content);
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var line = Line(label, ascii: true).Replace('·', '-');
        for (var number = 1; number <= source.NumberOfPages; number++)
        {
            var page = builder.AddPage(source, number);
            page.SetTextAndFillColor(160, 0, 0);
            page.AddText(line, 7, new PdfPoint(18, 10), font);
            page.ResetColor();
        }
        builder.DocumentInformation.Title = source.Information.Title;
        builder.DocumentInformation.CustomMetadata[MetadataKey] = label.Code;
        return builder.Build();
    }

    private static byte[] StampDocx(byte[] content, WatermarkLabel label)
    {
        using var copy = new MemoryStream();
        copy.Write(content);
        using (var word = WordprocessingDocument.Open(copy, true))
        {
            var body = word.MainDocumentPart!.Document!.Body!;
            var paragraph = new Paragraph(new Run(new RunProperties(new Color { Val = "A00000" }, new FontSize { Val = "14" }), new Text(Line(label, ascii: false))));
            if (body.GetFirstChild<SectionProperties>() is { } section && section.Parent == body) body.InsertBefore(paragraph, section);
            else body.Append(paragraph);
            word.PackageProperties.Identifier = label.Code;
        }
        return copy.ToArray();
    }

    private static string? CodeIn(string text) => CodePattern().Match(text) is { Success: true } match ? match.Groups[1].Value : null;

    /// <summary>Vietnamese without its diacritics (đ → d), for a font that has only Latin-1 glyphs.</summary>
    private static string Ascii(string text)
    {
        var decomposed = text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && c < 128) builder.Append(c);
        return builder.ToString();
    }

    [GeneratedRegex(@"WM-([A-Z0-9]{10})")]
    private static partial Regex CodePattern();
}
