using System.Security.Cryptography;
using System.Text;
using Congress.Modules.Documents.Application.Ports;
using Congress.Shared.Infrastructure.Security;

namespace Congress.Modules.Documents.Infrastructure.Security;

/// <summary>
/// Envelope encryption (docs/adr/0020). Each version gets a fresh 256-bit data key; its file and its text are sealed
/// with AES-256-GCM under it (<c>nonce ‖ tag ‖ ciphertext</c>, the version id and the part's name as associated data);
/// the data key is stored wrapped by the master key — <c>Documents:MasterKey</c> or <c>documents-master.key</c> in the
/// key directory, never in the database — as <c>aesgcm:&lt;master key id&gt;:&lt;base64&gt;</c>. Rotation re-wraps
/// data keys only (<see cref="DocumentKeyRotation"/>); retired master keys stay in the file so older backups still open.
/// </summary>
internal sealed class EnvelopeVault(InstallationSecrets secrets) : IDocumentVault
{
    public const string ConfigurationKey = "Documents:MasterKey";
    public const string FileName = "documents-master.key";
    private const string Prefix = "aesgcm:";
    private const int NonceSize = 12, TagSize = 16, KeySize = 32;

    public SealedVersion Seal(Guid versionId, byte[] content, string text)
    {
        var dataKey = RandomNumberGenerator.GetBytes(KeySize);
        try
        {
            return new SealedVersion(Wrap(versionId, dataKey), Encrypt(dataKey, content, Associated("content", versionId)),
                Encrypt(dataKey, Encoding.UTF8.GetBytes(text), Associated("text", versionId)));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    public byte[] OpenContent(Guid versionId, string wrappedKey, byte[] sealedContent) => Open(versionId, wrappedKey, sealedContent, "content");

    public string OpenText(Guid versionId, string wrappedKey, byte[] sealedText) => Encoding.UTF8.GetString(Open(versionId, wrappedKey, sealedText, "text"));

    /// <summary>The data key wrapped again under the current master key (rotation); the content is not touched.</summary>
    public string Rewrap(Guid versionId, string wrappedKey)
    {
        var dataKey = Unwrap(versionId, wrappedKey);
        try { return Wrap(versionId, dataKey); }
        finally { CryptographicOperations.ZeroMemory(dataKey); }
    }

    /// <summary>The id of the master key a wrapped data key names.</summary>
    public static string MasterKeyIdOf(string wrappedKey) => wrappedKey.Split(':') is { Length: 3 } parts ? parts[1] : "";

    private byte[] Open(Guid versionId, string wrappedKey, byte[] sealedBytes, string part)
    {
        var dataKey = Unwrap(versionId, wrappedKey);
        try
        {
            if (sealedBytes.Length < NonceSize + TagSize) throw new DocumentTamperedException($"The stored {part} is truncated.");
            var plain = new byte[sealedBytes.Length - NonceSize - TagSize];
            using var aes = new AesGcm(dataKey, TagSize);
            try
            {
                aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), plain,
                    Associated(part, versionId));
            }
            catch (AuthenticationTagMismatchException)
            {
                throw new DocumentTamperedException($"The stored {part} of version {versionId} does not authenticate.");
            }
            return plain;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    private string Wrap(Guid versionId, byte[] dataKey)
    {
        var master = secrets.Get(ConfigurationKey, FileName);
        return $"{Prefix}{InstallationSecrets.KeyId(master)}:{Convert.ToBase64String(Encrypt(master.AsSpan(0, KeySize).ToArray(), dataKey, Associated("key", versionId)))}";
    }

    private byte[] Unwrap(Guid versionId, string wrappedKey)
    {
        var parts = wrappedKey.Split(':');
        if (parts.Length != 3 || parts[0] + ":" != Prefix) throw new DocumentTamperedException("The stored data key is malformed.");
        var master = secrets.GetRing(ConfigurationKey, FileName).FirstOrDefault(k => InstallationSecrets.KeyId(k) == parts[1])
            ?? throw new CryptographicException(
                $"The documents master key {parts[1]} is not in the key directory ({secrets.Directory}) nor in {ConfigurationKey}: this host cannot open the documents.");
        byte[] sealedKey;
        try { sealedKey = Convert.FromBase64String(parts[2]); }
        catch (FormatException) { throw new DocumentTamperedException("The stored data key is malformed."); }
        if (sealedKey.Length != NonceSize + TagSize + KeySize) throw new DocumentTamperedException("The stored data key is malformed.");
        var dataKey = new byte[KeySize];
        using var aes = new AesGcm(master.AsSpan(0, KeySize), TagSize);
        try
        {
            aes.Decrypt(sealedKey.AsSpan(0, NonceSize), sealedKey.AsSpan(NonceSize + TagSize), sealedKey.AsSpan(NonceSize, TagSize), dataKey, Associated("key", versionId));
        }
        catch (AuthenticationTagMismatchException)
        {
            throw new DocumentTamperedException($"The wrapped data key of version {versionId} does not authenticate.");
        }
        return dataKey;
    }

    private static byte[] Encrypt(byte[] key, byte[] plain, byte[] associated)
    {
        var sealedBytes = new byte[NonceSize + TagSize + plain.Length];
        RandomNumberGenerator.Fill(sealedBytes.AsSpan(0, NonceSize));
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(sealedBytes.AsSpan(0, NonceSize), plain, sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), associated);
        return sealedBytes;
    }

    private static byte[] Associated(string part, Guid versionId) => Encoding.ASCII.GetBytes($"congress-documents-v1|{part}|{versionId:N}");
}
