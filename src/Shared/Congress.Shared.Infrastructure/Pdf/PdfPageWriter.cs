using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Congress.Shared.Infrastructure.Pdf;

/// <summary>How a table cell sits in its column.</summary>
public enum PdfAlign
{
    Left,
    Centre,
    Right,
}

/// <summary>A table column: its share of the text width and its alignment.</summary>
public sealed record PdfColumn(double Share, PdfAlign Align = PdfAlign.Left);

/// <summary>
/// The A4 documents the platform prints (minutes of a poll, a receipt, the auditors' books): text written top to bottom,
/// a new page when the current one is full, tables whose first column wraps, signature blocks and a footer on every page.
/// Text in Noto Sans or DejaVu Sans (<see cref="PdfFonts"/>) for the Vietnamese diacritics.
/// </summary>
public sealed class PdfPageWriter : IDisposable
{
    private const double Margin = 56, Line = 18;
    private readonly PdfDocument _document = new();
    private readonly string? _footer;
    private XGraphics? _gfx;
    private PdfPage _page = null!;
    private double _y;

    /// <param name="title">The document's title in its properties.</param>
    /// <param name="footer">Printed small at the bottom of every page (who made it, when, an identifier).</param>
    public PdfPageWriter(string title, string? footer = null, string? fontDirectory = null)
    {
        PdfFonts.Install(fontDirectory);
        _document.Info.Title = title;
        _footer = footer;
        Ensure(0); // the first page
    }

    private double Width => _page.Width.Point - 2 * Margin;

    private static XFont Font(bool bold, double size) => new(PdfFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);

    private XGraphics Ensure(double height)
    {
        if (_gfx is not null && _y + height <= _page.Height.Point - Margin) return _gfx;
        _gfx?.Dispose();
        _page = _document.AddPage();
        _page.Size = PdfSharp.PageSize.A4;
        _gfx = XGraphics.FromPdfPage(_page);
        _y = Margin;
        if (_footer is not null)
            _gfx.DrawString(_footer, Font(false, 8), XBrushes.Gray, new XRect(Margin, _page.Height.Point - Margin / 2 - Line, Width, Line), XStringFormats.TopLeft);
        return _gfx;
    }

    public void Gap(int lines = 1)
    {
        Ensure(Line);
        _y += Line * lines / 2.0;
    }

    public void Centered(string text, bool bold = false, double size = 11)
    {
        var gfx = Ensure(Line);
        gfx.DrawString(text, Font(bold, size), XBrushes.Black, new XRect(Margin, _y, Width, Line), XStringFormats.TopCenter);
        _y += size + 7;
    }

    /// <summary>A paragraph, wrapped at the margins.</summary>
    public void Text(string text, bool bold = false, double size = 11)
    {
        var font = Font(bold, size);
        foreach (var line in Wrap(text, font, Width))
        {
            var gfx = Ensure(Line);
            gfx.DrawString(line, font, XBrushes.Black, new XRect(Margin, _y, Width, Line), XStringFormats.TopLeft);
            _y += Line;
        }
    }

    /// <summary>One table row: the first cell wraps within its column, the others stay on one line; a rule beneath.</summary>
    public void Row(IReadOnlyList<PdfColumn> columns, bool bold, params string[] cells)
    {
        if (cells.Length != columns.Count) throw new ArgumentException($"{cells.Length} cells for {columns.Count} columns.", nameof(cells));
        var font = Font(bold, 10);
        Ensure(Line);
        var firstWidth = Width * columns[0].Share;
        var lines = Wrap(cells[0], font, firstWidth - 6);
        var gfx = Ensure(Line * lines.Count);
        for (var i = 0; i < lines.Count; i++)
            gfx.DrawString(lines[i], font, XBrushes.Black, new XRect(Margin, _y + i * Line, firstWidth, Line), Format(columns[0].Align));
        var x = Margin + firstWidth;
        for (var c = 1; c < columns.Count; c++)
        {
            var width = Width * columns[c].Share;
            gfx.DrawString(cells[c], font, XBrushes.Black, new XRect(x, _y, width, Line), Format(columns[c].Align));
            x += width;
        }
        _y += Line * lines.Count;
        gfx.DrawLine(XPens.LightGray, Margin, _y - 2, Margin + Width, _y - 2);
    }

    /// <summary>Signature blocks side by side, with room to sign beneath each title.</summary>
    public void Signatures(params string[] titles)
    {
        var gfx = Ensure(Line * 5);
        var font = Font(true, 11);
        var width = Width / titles.Length;
        for (var i = 0; i < titles.Length; i++)
            gfx.DrawString(titles[i], font, XBrushes.Black, new XRect(Margin + i * width, _y, width, Line), XStringFormats.TopCenter);
        _y += Line * 5;
    }

    /// <summary>A large grey word across the current page (e.g. a voided receipt's "ĐÃ HỦY").</summary>
    public void Stamp(string text)
    {
        var gfx = Ensure(0);
        gfx.DrawString(text, Font(true, 48), new XSolidBrush(XColor.FromArgb(90, 200, 0, 0)),
            new XRect(Margin, _page.Height.Point / 3, Width, 60), XStringFormats.Center);
    }

    public byte[] ToBytes()
    {
        Ensure(0);
        _gfx!.Dispose();
        _gfx = null;
        using var stream = new MemoryStream();
        _document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        _gfx?.Dispose();
        _document.Dispose();
    }

    private static XStringFormat Format(PdfAlign align) => align switch
    {
        PdfAlign.Right => XStringFormats.TopRight,
        PdfAlign.Centre => XStringFormats.TopCenter,
        _ => XStringFormats.TopLeft,
    };

    private List<string> Wrap(string text, XFont font, double width)
    {
        var gfx = Ensure(0);
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' '))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && gfx.MeasureString(candidate, font).Width > width) { lines.Add(current); current = word; }
            else current = candidate;
        }
        lines.Add(current);
        return lines;
    }
}
