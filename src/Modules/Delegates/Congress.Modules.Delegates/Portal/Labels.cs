using Congress.Shared.Infrastructure.Portal;

namespace Congress.Modules.Delegates.Portal;

/// <summary>How the portal names the module's codes, Vietnamese first.</summary>
internal static class Labels
{
    public static string Kind(string kind) => kind switch
    {
        "Official" => Ui.T("Chính thức", "Official"),
        "Alternate" => Ui.T("Dự khuyết", "Alternate"),
        _ => Ui.T("Khách mời", "Invited guest"),
    };

    public static string Credentials(string status) => status switch
    {
        "Approved" => Ui.T("Đủ tư cách", "Qualified"),
        "Rejected" => Ui.T("Không đủ tư cách", "Not qualified"),
        _ => Ui.T("Chưa thẩm tra", "Not reviewed"),
    };

    public static string Gender(string gender) => gender == "Female" ? Ui.T("Nữ", "Female") : Ui.T("Nam", "Male");
}
