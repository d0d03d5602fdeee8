using System.Globalization;
using Congress.Modules.Voting.Application.Polls;
using Congress.Modules.Voting.Application.Polls.GetPollMinutes;
using Congress.Shared.Infrastructure.Pdf;
using Congress.Shared.Infrastructure.Time;
using Microsoft.Extensions.Configuration;

namespace Congress.Modules.Voting.Infrastructure.Minutes;

/// <summary>
/// The minutes as an A4 PDF: the poll, the electorate, the count, one row per option or candidate, the outcome, and room
/// for the signatures of the tellers' head and the chair.
/// </summary>
internal sealed class PdfMinutesRenderer(IConfiguration configuration) : IMinutesRenderer
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly PdfColumn[] Columns = [new(0.5), new(0.15, PdfAlign.Right), new(0.22, PdfAlign.Right), new(0.13, PdfAlign.Centre)];

    public byte[] Render(PollDto poll)
    {
        var result = poll.Result ?? throw new InvalidOperationException("Only a published poll has minutes.");
        using var page = new PdfPageWriter($"Biên bản — {poll.Title}",
            $"Lập bằng hệ thống Congress lúc {VietnamTime.Format(DateTime.UtcNow)} (giờ Việt Nam) — mã cuộc biểu quyết {poll.Id}", configuration["Pdf:FontDirectory"]);

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

        page.Row(Columns, bold: true, "Nội dung / Họ và tên", "Số phiếu", "Tỉ lệ (% phiếu hợp lệ)", poll.Kind == "Election" ? "Trúng cử" : "");
        foreach (var choice in result.Choices)
            page.Row(Columns, bold: false, choice.Label, choice.Votes.ToString("N0", Vi), $"{choice.PercentOfValid.ToString("0.00", Vi)} %", choice.Elected ? "✓" : "");
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
        return page.ToBytes();
    }

    private static string Visibility(string visibility) => visibility switch
    {
        "SecretElectronic" => "bỏ phiếu kín điện tử",
        "NamedElectronic" => "biểu quyết điện tử công khai",
        "SecretPaper" => "bỏ phiếu kín bằng phiếu giấy, ban kiểm phiếu kiểm",
        _ => "biểu quyết giơ tay, ban kiểm phiếu đếm",
    };
}
