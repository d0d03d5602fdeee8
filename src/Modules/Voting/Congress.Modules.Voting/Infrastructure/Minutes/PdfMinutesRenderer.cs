using System.Globalization;
using Congress.Modules.Voting.Application.Polls;
using Congress.Modules.Voting.Application.Polls.GetPollMinutes;
using Congress.Shared.Infrastructure.Time;
using Microsoft.Extensions.Configuration;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Congress.Modules.Voting.Infrastructure.Minutes;

/// <summary>
/// The minutes as an A4 PDF (PDFsharp): the poll, the electorate, the count, one row per option or candidate, the outcome,
/// and room for the signatures of the tellers' head and the chair. Text in Noto Sans (Debian's fonts-noto-core) for the
/// Vietnamese diacritics; <c>Voting:Minutes:FontDirectory</c> points elsewhere.
/// </summary>
internal sealed class PdfMinutesRenderer(IConfiguration configuration) : IMinutesRenderer
{
    private const double Margin = 56, Line = 18;
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public byte[] Render(PollDto poll)
    {
        FileFontResolver.Install(configuration["Voting:Minutes:FontDirectory"]);
        var result = poll.Result ?? throw new InvalidOperationException("Only a published poll has minutes.");
        using var document = new PdfDocument();
        document.Info.Title = $"Biên bản — {poll.Title}";
        var page = new PageWriter(document);

        page.Centered("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true);
        page.Centered("Độc lập - Tự do - Hạnh phúc");
        page.Gap();
        page.Centered(poll.Kind == "Election" ? "BIÊN BẢN KIỂM PHIẾU BẦU CỬ" : "BIÊN BẢN KẾT QUẢ BIỂU QUYẾT", bold: true, size: 14);
        page.Centered(poll.Title, size: 12);
        page.Gap();

        page.Text($"Hình thức: {Visibility(poll.Visibility)}{(poll.RoundNumber > 1 ? $" — vòng {poll.RoundNumber}" : "")}");
        if (poll.OpenedAtUtc is { } opened) page.Text($"Mở lúc: {VietnamTime.Format(opened)}" + (poll.ClosedAtUtc is { } closed ? $"; kết thúc lúc: {VietnamTime.Format(closed)}" : ""));
        if (poll.Kind == "Election") page.Text($"Số lượng cần bầu: {poll.Seats}");
        page.Gap();
        page.Text($"Số đại biểu có quyền biểu quyết: {result.Eligible}");
        page.Text($"Số đại biểu có mặt khi kết thúc: {result.Present}");
        page.Text($"Số phiếu thu vào: {result.BallotsCast}");
        page.Text($"Số phiếu hợp lệ: {result.Valid}; không hợp lệ: {result.Invalid}; phiếu trắng: {result.Blank}");
        page.Gap();

        page.Row(bold: true, "Nội dung / Họ và tên", "Số phiếu", "Tỉ lệ (% phiếu hợp lệ)", poll.Kind == "Election" ? "Trúng cử" : "");
        foreach (var choice in result.Choices)
            page.Row(bold: false, choice.Label, choice.Votes.ToString("N0", Vi), $"{choice.PercentOfValid.ToString("0.00", Vi)} %", choice.Elected ? "✓" : "");
        page.Gap();

        if (poll.Kind == "Election")
        {
            page.Text(result.Elected.Count == 0 ? "Không có người trúng cử." : $"Trúng cử ({result.Elected.Count}/{poll.Seats}): {string.Join(", ", result.Elected)}.", bold: true);
            if (result.FurtherRound is not null)
                page.Text($"Cần bầu tiếp {result.FurtherRoundSeats} người trong số: {string.Join(", ", result.FurtherRoundCandidates)}.");
        }
        else page.Text(result.Passed ? "Kết quả: THÔNG QUA (quá nửa số phiếu hợp lệ tán thành)." : "Kết quả: KHÔNG THÔNG QUA.", bold: true);

        page.Gap(3);
        page.Signatures("TRƯỞNG BAN KIỂM PHIẾU", "CHỦ TOẠ ĐẠI HỘI");
        page.Footer($"Lập bằng hệ thống Congress lúc {VietnamTime.Format(DateTime.UtcNow)} (giờ Việt Nam) — mã cuộc biểu quyết {poll.Id}");

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static string Visibility(string visibility) => visibility switch
    {
        "SecretElectronic" => "bỏ phiếu kín điện tử",
        "NamedElectronic" => "biểu quyết điện tử công khai",
        "SecretPaper" => "bỏ phiếu kín bằng phiếu giấy, ban kiểm phiếu kiểm",
        _ => "biểu quyết giơ tay, ban kiểm phiếu đếm",
    };

    /// <summary>Writes top to bottom, starting a new page when the current one is full.</summary>
    private sealed class PageWriter(PdfDocument document)
    {
        private XGraphics _gfx = null!;
        private PdfPage _page = null!;
        private double _y;
        private bool _started;

        private void Ensure(double height)
        {
            if (_started && _y + height <= _page.Height.Point - Margin) return;
            _gfx?.Dispose();
            _page = document.AddPage();
            _page.Size = PdfSharp.PageSize.A4;
            _gfx = XGraphics.FromPdfPage(_page);
            _y = Margin;
            _started = true;
        }

        private static XFont Font(bool bold, double size) => new(FileFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
        private double Width => _page.Width.Point - 2 * Margin;

        public void Gap(int lines = 1) { Ensure(Line); _y += Line * lines / 2.0; }

        public void Centered(string text, bool bold = false, double size = 11)
        {
            Ensure(Line);
            _gfx.DrawString(text, Font(bold, size), XBrushes.Black, new XRect(Margin, _y, Width, Line), XStringFormats.TopCenter);
            _y += size + 7;
        }

        public void Text(string text, bool bold = false)
        {
            var font = Font(bold, 11);
            foreach (var line in Wrap(text, font, Width))
            {
                Ensure(Line);
                _gfx.DrawString(line, font, XBrushes.Black, new XRect(Margin, _y, Width, Line), XStringFormats.TopLeft);
                _y += Line;
            }
        }

        public void Row(bool bold, string label, string votes, string percent, string mark)
        {
            var font = Font(bold, 10);
            var labelWidth = Width * 0.5;
            var lines = Wrap(label, font, labelWidth - 6);
            Ensure(Line * lines.Count);
            for (var i = 0; i < lines.Count; i++)
                _gfx.DrawString(lines[i], font, XBrushes.Black, new XRect(Margin, _y + i * Line, labelWidth, Line), XStringFormats.TopLeft);
            _gfx.DrawString(votes, font, XBrushes.Black, new XRect(Margin + labelWidth, _y, Width * 0.15, Line), XStringFormats.TopRight);
            _gfx.DrawString(percent, font, XBrushes.Black, new XRect(Margin + Width * 0.65, _y, Width * 0.22, Line), XStringFormats.TopRight);
            _gfx.DrawString(mark, font, XBrushes.Black, new XRect(Margin + Width * 0.87, _y, Width * 0.13, Line), XStringFormats.TopCenter);
            _y += Line * lines.Count;
            _gfx.DrawLine(XPens.LightGray, Margin, _y - 2, Margin + Width, _y - 2);
        }

        public void Signatures(string left, string right)
        {
            Ensure(Line * 5);
            var font = Font(true, 11);
            _gfx.DrawString(left, font, XBrushes.Black, new XRect(Margin, _y, Width / 2, Line), XStringFormats.TopCenter);
            _gfx.DrawString(right, font, XBrushes.Black, new XRect(Margin + Width / 2, _y, Width / 2, Line), XStringFormats.TopCenter);
            _y += Line * 5;
        }

        public void Footer(string text) =>
            _gfx.DrawString(text, Font(false, 8), XBrushes.Gray, new XRect(Margin, _page.Height.Point - Margin / 2 - Line, Width, Line), XStringFormats.TopLeft);

        private List<string> Wrap(string text, XFont font, double width)
        {
            var lines = new List<string>();
            var current = "";
            foreach (var word in text.Split(' '))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (current.Length > 0 && Measure(candidate, font) > width) { lines.Add(current); current = word; }
                else current = candidate;
            }
            lines.Add(current);
            return lines;
        }

        private double Measure(string text, XFont font)
        {
            Ensure(0);
            return _gfx.MeasureString(text, font).Width;
        }
    }

    /// <summary>PDFsharp's core build resolves no system fonts on Linux: this hands it Noto Sans (or DejaVu Sans) from disk.</summary>
    private sealed class FileFontResolver(string regular, string bold) : IFontResolver
    {
        public const string Family = "Congress Sans";
        private static readonly object Gate = new();

        public static void Install(string? directory)
        {
            lock (Gate)
            {
                if (GlobalFontSettings.FontResolver is FileFontResolver) return;
                string[] candidates = directory is { Length: > 0 }
                    ? [directory]
                    : ["/usr/share/fonts/truetype/noto", "/usr/share/fonts/truetype/dejavu"];
                foreach (var dir in candidates)
                {
                    foreach (var (r, b) in new[] { ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"), ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf") })
                    {
                        if (File.Exists(Path.Combine(dir, r)) && File.Exists(Path.Combine(dir, b)))
                        {
                            GlobalFontSettings.FontResolver = new FileFontResolver(Path.Combine(dir, r), Path.Combine(dir, b));
                            return;
                        }
                    }
                }
                throw new InvalidOperationException(
                    $"No font for the minutes: install Debian's fonts-noto-core or set Voting:Minutes:FontDirectory (looked in {string.Join(", ", candidates)}).");
            }
        }

        public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
            new(isBold ? "bold" : "regular", mustSimulateBold: false, mustSimulateItalic: isItalic);

        public byte[]? GetFont(string faceName) => File.ReadAllBytes(faceName == "bold" ? bold : regular);
    }
}
