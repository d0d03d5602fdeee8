using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Congress.Modules.Biometrics.Application.Ports;
using Congress.Modules.Biometrics.Domain.Templates;
using Congress.Modules.Biometrics.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Congress.Modules.Biometrics.Infrastructure.Security;

/// <summary>
/// AES-256-GCM: 12-byte random nonce ‖ 16-byte tag ‖ ciphertext; the associated data is congress id ‖ delegate id, so a
/// template copied onto another delegate's row fails to open. The key is <c>Biometrics:TemplateKey</c> (base64 of 32 bytes)
/// or, when that is empty, a random key made once and stored in biometrics.template_keys wrapped by
/// <see cref="TemplateKeyWrap"/> (a key outside the database).
/// Scoped: the first key is written through the request's own DbContext, inside the enrolment's transaction (SQLite has one
/// writer; a second connection would wait on the first), and cached for the process only once that commits.
/// </summary>
internal sealed class AesGcmTemplateProtector(IOptions<BiometricsOptions> options, BiometricsDbContext db, TemplateKeyCache cache, TemplateKeyWrap wrap)
    : ITemplateProtector
{
    private const int NonceSize = 12, TagSize = 16;
    private byte[]? _pending;

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
        if (cache.Key is { } known) return known;
        if (_pending is not null) return _pending;
        if (!string.IsNullOrWhiteSpace(options.Value.TemplateKey))
        {
            var configured = Convert.FromBase64String(options.Value.TemplateKey);
            if (configured.Length != 32) throw new InvalidOperationException("Biometrics:TemplateKey must be base64 of 32 bytes.");
            return cache.Key = configured;
        }
        var record = await db.Keys.AsNoTracking().FirstOrDefaultAsync(k => k.Id == 1, cancellationToken);
        if (record is not null) return cache.Key = wrap.Unwrap(record.Wrapped);
        var fresh = RandomNumberGenerator.GetBytes(32);
        db.Keys.Add(new TemplateKeyRecord { Id = 1, Wrapped = wrap.Wrap(fresh) });
        db.AfterCommit(_ => { cache.Key ??= fresh; return Task.CompletedTask; });
        return _pending = fresh;
    }
}

/// <summary>The template key once it is known to be in the database (or configured).</summary>
internal sealed class TemplateKeyCache
{
    public byte[]? Key { get; set; }
}
