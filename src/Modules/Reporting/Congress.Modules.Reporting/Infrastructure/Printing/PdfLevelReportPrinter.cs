using System.Globalization;
using Congress.Modules.Reporting.Application.Exchange.ExportLevelPdf;
using Congress.Modules.Reporting.Application.Progress;
using Congress.Modules.Reporting.Application.Rollups;
using Congress.Modules.Reporting.Application.Rollups.ListChildren;
using Congress.Shared.Infrastructure.Pdf;
using Congress.Shared.Infrastructure.Time;
using Microsoft.Extensions.Configuration;

namespace Congress.Modules.Reporting.Infrastructure.Printing;

/// <summary>
/// A level's report as A4 PDF in Vietnamese, drawn with the platform's one PDF writer (<see cref="PdfPageWriter"/>, whose
/// font resolver <see cref="PdfFonts"/> gives the Vietnamese glyphs; <c>Pdf:FontDirectory</c> as for the other papers).
/// </summary>
internal sealed class PdfLevelReportPrinter(IConfiguration configuration, IClock clock) : ILevelReportPrinter
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly PdfColumn[] Figures = [new(0.55), new(0.2, PdfAlign.Right), new(0.25, PdfAlign.Right)];
    private static readonly PdfColumn[] Children = [new(0.4), new(0.22), new(0.14, PdfAlign.Centre), new(0.12, PdfAlign.Right), new(0.12, PdfAlign.Centre)];

    public byte[] Print(RollupDto r, IReadOnlyList<ChildRollupDto> children)
    {
        using var page = new PdfPageWriter($"Báo cáo đại hội — {r.Name}",
            $"Lập bằng hệ thống Congress lúc {VietnamTime.Format(clock.UtcNow)} (giờ Việt Nam) — mã tổ chức {r.Code}", configuration["Pdf:FontDirectory"]);
        page.Centered("BÁO CÁO TÌNH HÌNH ĐẠI HỘI ĐẢNG CÁC CẤP", bold: true, size: 14);
        page.Centered($"{r.Name} ({r.Code})", bold: true, size: 12);
        page.Centered($"Số liệu tổng hợp các tổ chức cấp dưới — hạn báo cáo {r.DueOn:dd/MM/yyyy}");
        page.Gap();

        page.Text("1. Tiến độ báo cáo", bold: true);
        page.Row(Figures, true, "Chỉ tiêu", "Số lượng", "Tỷ lệ");
        page.Row(Figures, false, "Phải báo cáo", N(r.Expected), "");
        page.Row(Figures, false, "Đã báo cáo", N(r.Reported), Share(r.Reported, r.Expected));
        page.Row(Figures, false, "— đúng hạn", N(r.OnTime), Share(r.OnTime, r.Expected));
        page.Row(Figures, false, "— trễ hạn", N(r.Late), Share(r.Late, r.Expected));
        page.Row(Figures, false, "Chưa báo cáo", N(r.Missing), Share(r.Missing, r.Expected));
        page.Text(r.Approved
            ? $"Cấp này đã duyệt báo cáo{(r.ApprovedAtUtc is { } at ? " lúc " + VietnamTime.Format(at) : "")}; số liệu cấp dưới đã khóa."
            : "Cấp này chưa duyệt báo cáo.");
        page.Gap();

        page.Text("2. Các giai đoạn (lũy kế)", bold: true);
        page.Row(Figures, true, "Giai đoạn", "Số tổ chức", "Tỷ lệ");
        foreach (var (name, count) in Stages(r)) page.Row(Figures, false, name, N(count), Share(count, r.Expected));
        page.Gap();

        page.Text("3. Đại biểu và kết quả bầu cử", bold: true);
        page.Row(Figures, false, "Đại biểu được triệu tập", N(r.DelegatesSummoned), "");
        page.Row(Figures, false, "Đại biểu có mặt", N(r.DelegatesPresent), r.AttendanceRate is { } rate ? rate.ToString("P1", Vi) : "—");
        page.Row(Figures, false, "Cấp ủy viên trúng cử / được bầu", $"{N(r.CommitteeElected)} / {N(r.CommitteeSeats)}", Share(r.CommitteeElected, r.CommitteeSeats));
        page.Row(Figures, false, "Đại biểu dự đại hội cấp trên", N(r.HigherDelegatesElected), "");
        page.Gap();

        var s = r.Structure;
        page.Text($"4. Cơ cấu cấp ủy viên trúng cử ({N(s.Members)} người)", bold: true);
        page.Row(Figures, true, "Tiêu chí", "Số người", "Tỷ lệ");
        foreach (var (group, rows) in StructureRows(s))
        {
            page.Text(group, bold: true, size: 10);
            foreach (var (name, count) in rows) page.Row(Figures, false, name, N(count), Share(count, s.Members));
        }
        page.Gap();

        page.Text($"5. Các tổ chức cấp dưới trực tiếp ({children.Count})", bold: true);
        page.Row(Children, true, "Tổ chức", "Giai đoạn", "Báo cáo", "Cấp dưới", "Duyệt");
        foreach (var c in children)
            page.Row(Children, false, $"{c.Name} ({c.Code})", StageNames.Vietnamese(c.OwnStage),
                c.OwnReported ? (c.OwnOnTime == true ? "đúng hạn" : "trễ hạn") : "chưa",
                c.Expected == 0 ? "—" : $"{c.Reported}/{c.Expected}", c.Approved ? "đã duyệt" : "");
        return page.ToBytes();
    }

    /// <summary>The stage counts, cumulative, in order.</summary>
    private static IEnumerable<(string Name, int Count)> Stages(RollupDto r) =>
    [
        ("Dự thảo văn kiện", r.DocumentsDrafted), ("Duyệt phương án nhân sự", r.PersonnelPlanApproved), ("Phiên trù bị", r.PreparatorySession),
        ("Đại hội chính thức", r.CongressHeld), ("Chuẩn y kết quả", r.ResultsApproved),
    ];

    private static IEnumerable<(string Group, (string Name, long Count)[] Rows)> StructureRows(CommitteeStructureDto s) =>
    [
        ("Độ tuổi (tại ngày đại hội)", [("Dưới 35", s.AgeUnder35), ("Từ 35 đến 50", s.Age35To50), ("Từ 51 đến 60", s.Age51To60), ("Trên 60", s.AgeOver60), ("Không ghi", s.AgeNotStated)]),
        ("Giới tính", [("Nữ", s.Women), ("Nam", s.Men), ("Không ghi", s.GenderNotStated)]),
        ("Dân tộc", [("Kinh", s.Kinh), ("Dân tộc thiểu số", s.EthnicMinority), ("Không ghi", s.EthnicityNotStated)]),
        ("Trình độ chuyên môn", [("Sau đại học", s.PostGraduate), ("Đại học", s.University), ("Dưới đại học", s.BelowUniversity), ("Không ghi", s.EducationNotStated)]),
        ("Lý luận chính trị", [("Cao cấp", s.TheoryAdvanced), ("Trung cấp", s.TheoryIntermediate), ("Sơ cấp", s.TheoryBasic), ("Không ghi", s.TheoryNotStated)]),
    ];

    private static string N(long value) => value.ToString("N0", Vi);

    private static string Share(long part, long whole) => whole == 0 ? "—" : ((double)part / whole).ToString("P1", Vi);
}
