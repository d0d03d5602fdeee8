using Congress.Shared.Infrastructure.Security;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace Congress.Modules.Identity.Infrastructure.Security;

/// <summary>
/// <c>keys rotate</c> for sign-in: a new data-protection master key in the key directory (the previous one stays in the
/// file, retired, so backups of the database made before today still open), every stored key re-encrypted under it, and a
/// new signing key that new cookies and tokens use from now on. Sessions signed with the older keys stay valid until they
/// expire (12 hours): nothing is revoked.
/// </summary>
internal sealed class DataProtectionKeyRotation(InstallationSecrets secrets, DatabaseKeyRing ring, IKeyManager keys) : IKeyRotation
{
    public int Order => 10;

    public Task RotateAsync(TextWriter output, CancellationToken cancellationToken)
    {
        if (secrets.IsConfigured(KeyRingCipher.ConfigurationKey))
            output.WriteLine($"  Đăng nhập: khoá chính đặt bằng cấu hình {KeyRingCipher.ConfigurationKey} — không đổi ở đây (đặt khoá mới trước, khoá cũ sau, cách nhau dấu phẩy).");
        else
        {
            var fresh = secrets.Rotate(KeyRingCipher.ConfigurationKey, KeyRingCipher.FileName);
            output.WriteLine($"  Đăng nhập: khoá chính mới {InstallationSecrets.KeyId(fresh)} trong {KeyRingCipher.FileName}; khoá cũ giữ lại trong tệp (để mở bản sao lưu cũ).");
        }
        var (count, unreadable) = ring.ReencryptAll();
        if (unreadable > 0)
            output.WriteLine($"  Đăng nhập: {unreadable} khoá ký trong cơ sở dữ liệu không mở được bằng thư mục khoá này (do một máy chủ dùng thư mục khoá khác ghi?) — để nguyên.");
        var now = DateTimeOffset.UtcNow;
        var signing = keys.CreateNewKey(now, now.AddDays(90));
        output.WriteLine($"  Đăng nhập: {count} khoá ký phiên được mã hoá lại; khoá ký mới {signing.KeyId} dùng từ bây giờ " +
                         "(máy chủ đang chạy nhận nó khi khởi động lại hoặc trong vòng 24 giờ). Phiên đăng nhập cũ vẫn hợp lệ tới khi hết hạn.");
        return Task.CompletedTask;
    }
}
