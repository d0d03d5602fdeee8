using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Documents.Infrastructure.Security;

/// <summary>
/// <c>keys rotate</c> for documents: a new master key (the old one stays in the file, retired, for older database backups),
/// and every version's data key re-wrapped under it in one transaction. No file or text is re-encrypted.
/// </summary>
internal sealed class DocumentKeyRotation(InstallationSecrets secrets, EnvelopeVault vault, IServiceScopeFactory scopes) : IKeyRotation
{
    public int Order => 30;

    public async Task RotateAsync(TextWriter output, CancellationToken cancellationToken)
    {
        if (secrets.IsConfigured(EnvelopeVault.ConfigurationKey))
        {
            output.WriteLine($"  Tài liệu: khoá chính đặt bằng cấu hình {EnvelopeVault.ConfigurationKey} — không đổi ở đây.");
            return;
        }
        var fresh = secrets.Rotate(EnvelopeVault.ConfigurationKey, EnvelopeVault.FileName);
        var count = await RewrapAllAsync(cancellationToken);
        output.WriteLine($"  Tài liệu: {count} khoá dữ liệu được bọc lại bằng khoá chính mới {InstallationSecrets.KeyId(fresh)} trong {EnvelopeVault.FileName}; " +
                         "nội dung không phải mã hoá lại; khoá chính cũ giữ lại trong tệp (để mở bản sao lưu cũ).");
    }

    /// <summary>Re-wraps every data key not yet under the current master key; returns how many.</summary>
    public async Task<int> RewrapAllAsync(CancellationToken cancellationToken)
    {
        var current = InstallationSecrets.KeyId(secrets.Get(EnvelopeVault.ConfigurationKey, EnvelopeVault.FileName));
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DocumentsDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var count = 0;
        // Only the key column is read and written: the ciphertexts stay where they are.
        var keys = await db.Versions.Select(v => new { v.Id, v.WrappedKey }).ToListAsync(cancellationToken);
        foreach (var key in keys.Where(k => EnvelopeVault.MasterKeyIdOf(k.WrappedKey) != current))
        {
            var rewrapped = vault.Rewrap(key.Id.Value, key.WrappedKey);
            await db.Versions.Where(v => v.Id == key.Id).ExecuteUpdateAsync(s => s.SetProperty(v => v.WrappedKey, rewrapped), cancellationToken);
            count++;
        }
        await transaction.CommitAsync(cancellationToken);
        return count;
    }
}
