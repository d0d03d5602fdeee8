using Congress.Shared.Infrastructure.Portal;

namespace Congress.Modules.Voting.Portal;

/// <summary>How the portal names the module's enumerations, Vietnamese first.</summary>
internal static class VotingLabels
{
    public static string Kind(string kind) => kind switch
    {
        "Motion" => Ui.T("Biểu quyết", "Motion"),
        "ListApproval" => Ui.T("Thông qua danh sách", "List approval"),
        "Election" => Ui.T("Bầu cử", "Election"),
        _ => kind,
    };

    public static string Visibility(string visibility) => visibility switch
    {
        "Open" => Ui.T("Giơ tay", "Show of hands"),
        "NamedElectronic" => Ui.T("Điện tử công khai", "Named electronic"),
        "SecretElectronic" => Ui.T("Bỏ phiếu kín", "Secret ballot"),
        "SecretPaper" => Ui.T("Bỏ phiếu kín bằng phiếu giấy", "Secret paper ballot"),
        _ => visibility,
    };

    public static string Status(string status) => status switch
    {
        "Draft" => Ui.T("Chuẩn bị", "Draft"),
        "Open" => Ui.T("Đang biểu quyết", "Open"),
        "Closed" => Ui.T("Đã kết thúc", "Closed"),
        "Published" => Ui.T("Đã công bố", "Published"),
        "Cancelled" => Ui.T("Đã hủy", "Cancelled"),
        _ => status,
    };

    public static string Percent(decimal value) => value.ToString("0.##", Ui.Vietnamese) + "%";
}
