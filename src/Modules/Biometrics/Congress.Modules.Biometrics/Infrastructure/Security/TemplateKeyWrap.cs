using System.Security.Cryptography;
using Congress.Modules.Biometrics.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Congress.Modules.Biometrics.Infrastructure.Security;

/// <summary>
/// Wraps the face-template key for biometrics.template_keys with AES-256-GCM under a key kept outside the database
/// (<c>Biometrics:TemplateWrapKey</c> or <c>template-wrap.key</c> in the key directory): <c>aesgcm:&lt;key id&gt;:&lt;base64&gt;</c>.
/// A record without that prefix was written before, wrapped by ASP.NET Core data protection (whose key ring is itself
/// encrypted outside the database now); it still opens, and <c>keys rotate</c> re-wraps it in the new form.
/// </summary>
internal sealed class TemplateKeyWrap(InstallationSecrets secrets, IDataProtectionProvider dataProtection)
{
    public const string ConfigurationKey = "Biometrics:TemplateWrapKey";
    public const string FileName = "template-wrap.key";
    private const string Prefix = "aesgcm:";
    private const int NonceSize = 12, TagSize = 16;
    private static readonly byte[] Purpose = "Congress.Biometrics.TemplateKey.v2"u8.ToArray();

    public string Wrap(byte[] templateKey)
    {
        var key = secrets.Get(ConfigurationKey, FileName);
        var sealedBytes = new byte[NonceSize + TagSize + templateKey.Length];
        RandomNumberGenerator.Fill(sealedBytes.AsSpan(0, NonceSize));
        using var aes = new AesGcm(key.AsSpan(0, 32), TagSize);
        aes.Encrypt(sealedBytes.AsSpan(0, NonceSize), templateKey, sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), Purpose);
        return $"{Prefix}{InstallationSecrets.KeyId(key)}:{Convert.ToBase64String(sealedBytes)}";
    }

    public byte[] Unwrap(string wrapped)
    {
        if (!wrapped.StartsWith(Prefix, StringComparison.Ordinal))
            return dataProtection.CreateProtector("Congress.Biometrics.TemplateKey").Unprotect(Convert.FromBase64String(wrapped));
        var parts = wrapped.Split(':');
        if (parts.Length != 3) throw new CryptographicException("The stored face-template key is malformed.");
        var key = secrets.GetRing(ConfigurationKey, FileName).FirstOrDefault(k => InstallationSecrets.KeyId(k) == parts[1])
            ?? throw new CryptographicException(
                $"The face-template wrapping key {parts[1]} is not in the key directory ({secrets.Directory}) nor in {ConfigurationKey}: " +
                "this host cannot open the face templates in the database.");
        var sealedBytes = Convert.FromBase64String(parts[2]);
        if (sealedBytes.Length != NonceSize + TagSize + 32) throw new CryptographicException("The stored face-template key is malformed.");
        var templateKey = new byte[32];
        using var aes = new AesGcm(key.AsSpan(0, 32), TagSize);
        aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), templateKey, Purpose);
        return templateKey;
    }

    public static bool IsLegacy(string wrapped) => !wrapped.StartsWith(Prefix, StringComparison.Ordinal);
}

/// <summary>
/// <c>keys rotate</c> for faces: a new wrapping key (the previous one stays in the file, retired, for older backups of the
/// database) and the template key re-wrapped under it. The template key itself, and so every stored template, is unchanged.
/// </summary>
internal sealed class TemplateKeyRotation(InstallationSecrets secrets, TemplateKeyWrap wrap, IServiceScopeFactory scopes, IOptions<BiometricsOptions> options)
    : IKeyRotation
{
    public int Order => 20; // after data protection: a legacy record is unwrapped by it

    public async Task RotateAsync(TextWriter output, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(options.Value.TemplateKey))
        {
            output.WriteLine("  Khuôn mặt: khoá mẫu đặt bằng cấu hình Biometrics:TemplateKey — không có gì để bọc lại.");
            return;
        }
        if (secrets.IsConfigured(TemplateKeyWrap.ConfigurationKey))
        {
            output.WriteLine($"  Khuôn mặt: khoá bọc đặt bằng cấu hình {TemplateKeyWrap.ConfigurationKey} — không đổi ở đây.");
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BiometricsDbContext>();
        var record = await db.Keys.FirstOrDefaultAsync(k => k.Id == 1, cancellationToken);
        var fresh = secrets.Rotate(TemplateKeyWrap.ConfigurationKey, TemplateKeyWrap.FileName);
        if (record is null)
        {
            output.WriteLine($"  Khuôn mặt: khoá bọc mới {InstallationSecrets.KeyId(fresh)}; chưa có mẫu khuôn mặt nào nên chưa có khoá mẫu để bọc lại.");
            return;
        }
        var templateKey = wrap.Unwrap(record.Wrapped);
        record.Wrapped = wrap.Wrap(templateKey);
        await db.SaveChangesAsync(cancellationToken);
        output.WriteLine($"  Khuôn mặt: khoá mẫu được bọc lại bằng khoá bọc mới {InstallationSecrets.KeyId(fresh)} trong {TemplateKeyWrap.FileName}; " +
                         "các mẫu khuôn mặt không phải mã hoá lại; khoá bọc cũ giữ lại trong tệp (để mở bản sao lưu cũ).");
    }
}
