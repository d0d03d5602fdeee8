using Congress.Shared.Infrastructure.Security;

namespace Congress.Host.Cli;

/// <summary>
/// <c>keys</c>: where the installation's keys are and which exist. <c>keys rotate</c>: rotates the keys whose rotation
/// breaks nothing (each module's <see cref="IKeyRotation"/>) and says which it leaves alone, and why (docs/adr/0010).
/// </summary>
internal static class KeysCommands
{
    /// <summary>Every installation key: setting, file, what it protects.</summary>
    private static readonly (string Setting, string File, string Purpose)[] Known =
    [
        ("Security:DataProtectionKey", "data-protection.key", "khoá chính mã hoá các khoá ký phiên đăng nhập (cookie, token) trong cơ sở dữ liệu"),
        ("Biometrics:TemplateWrapKey", "template-wrap.key", "khoá bọc khoá mã hoá mẫu khuôn mặt"),
        ("Voting:SealKey", "ballot-seal.key", "khoá niêm phong phiếu bầu kín"),
        ("Attendance:BadgeKey", "badge.key", "khoá ký mã QR trên thẻ đại biểu"),
        ("Audit:Key", "audit.key", "khoá HMAC của chuỗi nhật ký kiểm toán"),
        ("Documents:MasterKey", "documents-master.key", "khoá chính bọc khoá dữ liệu của từng phiên bản tài liệu (docs/adr/0020)"),
        ("Documents:PackageSigningKey", "documents-package-signing.key", "khoá ký gói tài liệu cho máy tính bảng (docs/adr/0024)"),
    ];

    public static int Show(IServiceProvider services, TextWriter output)
    {
        var secrets = services.GetRequiredService<InstallationSecrets>();
        output.WriteLine($"Thư mục khoá: {secrets.Directory}");
        output.WriteLine("Sao lưu thư mục này RIÊNG với cơ sở dữ liệu: mất nó là mất phiếu kín chưa công bố, thẻ đã in, mẫu khuôn mặt, phiên đăng nhập;");
        output.WriteLine("để nó chung chỗ với bản sao cơ sở dữ liệu là trao cả hai cho người giữ bản sao.");
        foreach (var (setting, file, purpose) in Known)
        {
            var path = Path.Combine(secrets.Directory, file);
            string state;
            if (secrets.IsConfigured(setting)) state = $"đặt bằng cấu hình {setting}";
            else if (File.Exists(path))
            {
                var lines = File.ReadAllLines(path).Count(l => l.Trim().Length > 0);
                state = $"tệp {file}" + (lines > 1 ? $" (kèm {lines - 1} khoá cũ đã thay)" : "");
            }
            else state = "chưa tạo (tạo khi dùng lần đầu)";
            output.WriteLine($"  {file,-30} {state} — {purpose}");
        }
        return 0;
    }

    public static async Task<int> RotateAsync(IServiceProvider services, TextWriter output, CancellationToken ct)
    {
        var secrets = services.GetRequiredService<InstallationSecrets>();
        output.WriteLine($"Đổi khoá trong {secrets.Directory}:");
        foreach (var rotation in services.GetServices<IKeyRotation>().OrderBy(r => r.Order))
            await rotation.RotateAsync(output, ct);
        output.WriteLine("Cố ý KHÔNG đổi:");
        output.WriteLine("  ballot-seal.key — phiếu kín đã niêm phong chỉ mở được bằng khoá này: đổi khi còn cuộc bỏ phiếu kín chưa công bố là mất phiếu.");
        output.WriteLine("  badge.key — mã QR trên thẻ đại biểu đã in sẽ không còn hợp lệ.");
        output.WriteLine("  audit.key — mọi bản ghi nhật ký có khoá đều được kiểm bằng khoá này.");
        output.WriteLine("  documents-package-signing.key — máy tính bảng đã ghim khoá công khai của nó: đổi thì gói mới không kiểm được chữ ký cho tới khi máy đăng ký lại.");
        output.WriteLine("Sao lưu lại thư mục khoá ngay bây giờ (riêng với cơ sở dữ liệu).");
        return 0;
    }
}
