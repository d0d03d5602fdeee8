using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Congress.Modules.Biometrics.Application.Ports;
using Congress.Modules.Biometrics.Domain.Templates;
using Congress.Modules.Biometrics.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Congress.Modules.Biometrics.Infrastructure.Security;

/// <summary>
/// AES-256-GCM: 12-byte random nonce ‖ 16-byte tag ‖ ciphertext; the associated data is congress id ‖ delegate id, so a
/// template copied onto another delegate's row fails to open. The key is <c>Biometrics:TemplateKey</c> (base64 of 32 bytes)
/// or, when that is empty, a random key made once and stored in biometrics.template_keys wrapped by data protection.
/// </summary>
internal sealed class AesGcmTemplateProtector(IOptions<BiometricsOptions> options, IServiceScopeFactory scopes, IDataProtectionProvider dataProtection)
    : ITemplateProtector
{
    private const int NonceSize = 12, TagSize = 16;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private byte[]? _key;

    public async Task<byte[]> SealAsync(float[] embedding, Guid congressId, Guid delegateId, CancellationToken cancellationToken)
    {
        var key = await KeyAsync(cancellationToken);
        var plain = MemoryMarshal.AsBytes(embedding.AsSpan());
        var sealedBytes = new byte[NonceSize + TagSize + plain.Length];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), Associated(congressId, delegateId));
        return sealedBytes;
    }

    public async Task<float[]?> OpenAsync(byte[] sealedEmbedding, Guid congressId, Guid delegateId, CancellationToken cancellationToken)
    {
        if (sealedEmbedding.Length < NonceSize + TagSize || (sealedEmbedding.Length - NonceSize - TagSize) % sizeof(float) != 0) return null;
        var key = await KeyAsync(cancellationToken);
        var embedding = new float[(sealedEmbedding.Length - NonceSize - TagSize) / sizeof(float)];
        using var aes = new AesGcm(key, TagSize);
        try
        {
            aes.Decrypt(sealedEmbedding.AsSpan(0, NonceSize), sealedEmbedding.AsSpan(NonceSize + TagSize), sealedEmbedding.AsSpan(NonceSize, TagSize),
                MemoryMarshal.AsBytes(embedding.AsSpan()), Associated(congressId, delegateId));
            return embedding;
        }
        catch (AuthenticationTagMismatchException) { return null; }
    }

    private static byte[] Associated(Guid congressId, Guid delegateId) => [.. congressId.ToByteArray(), .. delegateId.ToByteArray()];

    private async Task<byte[]> KeyAsync(CancellationToken cancellationToken)
    {
        if (_key is not null) return _key;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_key is not null) return _key;
            if (!string.IsNullOrWhiteSpace(options.Value.TemplateKey))
            {
                var configured = Convert.FromBase64String(options.Value.TemplateKey);
                if (configured.Length != 32) throw new InvalidOperationException("Biometrics:TemplateKey must be base64 of 32 bytes.");
                return _key = configured;
            }
            var protector = dataProtection.CreateProtector("Congress.Biometrics.TemplateKey");
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BiometricsDbContext>();
            var record = await db.Keys.AsNoTracking().FirstOrDefaultAsync(k => k.Id == 1, cancellationToken);
            if (record is null)
            {
                var fresh = RandomNumberGenerator.GetBytes(32);
                db.Keys.Add(new TemplateKeyRecord { Id = 1, Wrapped = Convert.ToBase64String(protector.Protect(fresh)) });
                try { await db.SaveChangesAsync(cancellationToken); return _key = fresh; }
                catch (DbUpdateException)
                {
                    // Another node made it first: use theirs.
                    db.ChangeTracker.Clear();
                    record = await db.Keys.AsNoTracking().FirstAsync(k => k.Id == 1, cancellationToken);
                }
            }
            return _key = protector.Unprotect(Convert.FromBase64String(record.Wrapped));
        }
        finally { _gate.Release(); }
    }
}
