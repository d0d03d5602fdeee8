using System.Globalization;
using Congress.Modules.Fundraising.Application.Printing;
using Congress.Modules.Fundraising.Domain.Money;
using Congress.Shared.Infrastructure.Pdf;
using Congress.Shared.Infrastructure.Time;
using Microsoft.Extensions.Configuration;

namespace Congress.Modules.Fundraising.Infrastructure.Printing;

/// <summary>The drive's papers as A4 PDF in Vietnamese: a receipt (phiếu thu) for the payer, the books for the auditors.</summary>
internal sealed class PdfFundraisingPrinter(IConfiguration configuration) : IFundraisingPrinter
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly PdfColumn[] ReceiptColumns = [new(0.22), new(0.2), new(0.2), new(0.18, PdfAlign.Right), new(0.2, PdfAlign.Centre)];
    private static readonly PdfColumn[] AccountColumns = [new(0.5), new(0.25, PdfAlign.Right), new(0.25, PdfAlign.Right)];
    private static readonly PdfColumn[] DisbursementColumns = [new(0.4), new(0.3), new(0.3, PdfAlign.Right)];

    public byte[] Receipt(ReceiptSheet sheet)
    {
        var r = sheet.Receipt;
        using var page = Writer($"Phiếu thu {r.ReceiptNumber}", $"mã biên lai {r.Id}");
        page.Text(sheet.Organiser.Length > 0 ? sheet.Organiser : sheet.CampaignName, bold: true);
        page.Gap();
        page.Centered("PHIẾU THU", bold: true, size: 16);
        page.Centered($"Số: {r.ReceiptNumber}");
        page.Centered($"Ngày {VietnamTime.Format(r.ReceivedAtUtc)}");
        page.Gap();
        page.Text($"Họ tên người nộp tiền: {r.PayerName}");
        if (sheet.UnitName is { Length: > 0 } unit) page.Text($"Đơn vị: {unit}");
        page.Text($"Lý do nộp: Ủng hộ {sheet.CampaignName}" + (sheet.PledgeReference is { } reference ? $" (cam kết {reference})" : ""));
        page.Text($"Hình thức: {(r.Method == "Cash" ? "tiền mặt" : "chuyển khoản")}");
        page.Text($"Số tiền: {Money.Format(r.AmountVnd)}", bold: true);
        page.Text($"Viết bằng chữ: {VndInWords.Read(r.AmountVnd)}.");
        if (r.Status == "Voided")
        {
            page.Gap();
            page.Text($"BIÊN LAI ĐÃ HỦY. Lý do: {r.VoidReason}", bold: true);
            page.Stamp("ĐÃ HỦY");
        }
        page.Gap(3);
        page.Signatures("NGƯỜI NỘP TIỀN", "NGƯỜI LẬP PHIẾU", "THỦ QUỸ");
        return page.ToBytes();
    }

    public byte[] Books(BooksSheet sheet)
    {
        var s = sheet.Summary;
        using var page = Writer($"Sổ sách — {s.Name}", $"mã đợt vận động {s.Id}");
        page.Centered("BÁO CÁO THU CHI ĐỢT VẬN ĐỘNG ỦNG HỘ", bold: true, size: 14);
        page.Centered(s.Name, size: 12);
        if (sheet.Organiser.Length > 0) page.Centered($"Đơn vị tổ chức: {sheet.Organiser}");
        page.Gap();
        page.Text($"Mục tiêu: {Money.Format(s.GoalVnd)}");
        page.Text($"Cam kết ủng hộ: {Money.Format(s.PledgedVnd)} ({s.PledgeCount} cam kết)");
        page.Text($"Đã thu: {Money.Format(s.ReceivedVnd)}");
        page.Text($"Đã chi hỗ trợ: {Money.Format(s.DisbursedVnd)}");
        page.Text($"Số dư quỹ (tiền mặt và tài khoản): {Money.Format(s.BalanceVnd)}", bold: true);
        page.Gap();

        var t = sheet.TrialBalance;
        page.Text($"Bảng cân đối tài khoản ({t.Entries} bút toán)", bold: true);
        page.Row(AccountColumns, bold: true, "Tài khoản", "Nợ", "Có");
        foreach (var a in t.Accounts) page.Row(AccountColumns, bold: false, $"{a.Code} {a.Title}", Amount(a.DebitVnd), Amount(a.CreditVnd));
        page.Row(AccountColumns, bold: true, "Cộng", Amount(t.TotalDebitVnd), Amount(t.TotalCreditVnd));
        page.Text(t.DifferenceVnd == 0 ? "Tổng Nợ bằng tổng Có: sổ cân." : $"CHÊNH LỆCH {Amount(t.DifferenceVnd)}: SỔ KHÔNG CÂN, cần kiểm tra.", bold: true);
        page.Gap();

        var issued = sheet.Receipts.Where(r => r.Status != "Voided").ToList();
        page.Text($"Sổ biên lai: {sheet.Receipts.Count} số đã dùng, {issued.Count} có hiệu lực, tổng {Money.Format(issued.Sum(r => r.AmountVnd))}", bold: true);
        page.Row(ReceiptColumns, bold: true, "Số", "Ngày", "Người nộp", "Số tiền", "Hình thức");
        foreach (var r in sheet.Receipts)
            page.Row(ReceiptColumns, bold: false, r.ReceiptNumber, VietnamTime.Format(r.ReceivedAtUtc), r.PayerName, Amount(r.AmountVnd),
                r.Status == "Voided" ? "ĐÃ HỦY" : r.Method == "Cash" ? "tiền mặt" : "chuyển khoản");
        page.Gap();

        page.Text($"Chi hỗ trợ: {s.Disbursements.Count} khoản, tổng {Money.Format(s.DisbursedVnd)}", bold: true);
        page.Row(DisbursementColumns, bold: true, "Địa phương", "Ngày", "Số tiền");
        foreach (var d in s.Disbursements) page.Row(DisbursementColumns, bold: false, d.Locality, VietnamTime.Format(d.PaidAtUtc), Amount(d.AmountVnd));
        page.Gap(3);
        page.Signatures("NGƯỜI LẬP BIỂU", "KẾ TOÁN", "TRƯỞNG BAN TỔ CHỨC");
        return page.ToBytes();
    }

    private PdfPageWriter Writer(string title, string identifier) =>
        new(title, $"Lập bằng hệ thống Congress lúc {VietnamTime.Format(DateTime.UtcNow)} (giờ Việt Nam) — {identifier}", configuration["Pdf:FontDirectory"]);

    private static string Amount(long vnd) => vnd.ToString("#,0", Vi);
}
