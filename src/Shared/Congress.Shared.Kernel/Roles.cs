namespace Congress.Shared.Kernel;

/// <summary>The roles of the platform, as stored in accounts and in tokens.</summary>
public static class Roles
{
    public const string SystemAdmin = "system-admin";
    public const string OrganisingCommittee = "organising-committee";
    public const string Secretariat = "secretariat";
    public const string CredentialsBoard = "credentials-board";
    public const string Delegate = "delegate";
    public const string Observer = "observer";
    public const string Monitor = "higher-level-monitor";

    public static readonly IReadOnlyList<string> All =
        [SystemAdmin, OrganisingCommittee, Secretariat, CredentialsBoard, Delegate, Observer, Monitor];

    /// <summary>Vietnamese names shown in the portal.</summary>
    public static string DisplayName(string role) => role switch
    {
        SystemAdmin => "Quản trị hệ thống",
        OrganisingCommittee => "Ban Tổ chức Đại hội",
        Secretariat => "Đoàn Thư ký",
        CredentialsBoard => "Ban Thẩm tra tư cách đại biểu",
        Delegate => "Đại biểu",
        Observer => "Khách mời / quan sát",
        Monitor => "Giám sát cấp trên",
        _ => role,
    };
}
