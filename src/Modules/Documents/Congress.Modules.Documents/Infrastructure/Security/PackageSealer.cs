using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Congress.Modules.Documents.Application.Ports;
using Congress.Modules.Documents.Contracts.Packages;
using Congress.Shared.Infrastructure.Security;

namespace Congress.Modules.Documents.Infrastructure.Security;

/// <summary>
/// Tablet packages (docs/adr/0024). The installation's ECDSA P-256 signing key is derived from a 256-bit secret kept like
/// every installation key — <c>Documents:PackageSigningKey</c> or <c>documents-package-signing.key</c> in the key
/// directory, never in the database — as the first HMAC-SHA256(secret, "congress-documents-package-signing-v1|n") that
/// is a valid P-256 scalar; so hosts sharing the directory (or the setting) share the key, and a retired secret in the
/// file's later lines still yields the public key that checks older packages. Files are encrypted per package: a
/// one-time P-256 key, ECDH with the device's registered public key, HKDF-SHA256 (<see cref="TabletPackageCrypto"/>),
/// AES-256-GCM.
/// </summary>
internal sealed class PackageSealer(InstallationSecrets secrets) : IPackageSealer
{
    public const string ConfigurationKey = "Documents:PackageSigningKey";
    public const string FileName = "documents-package-signing.key";

    public IReadOnlyList<PackageSigningKey> SigningKeys() => secrets.GetRing(ConfigurationKey, FileName).Select(secret =>
    {
        using var key = SigningKey(secret);
        var spki = key.ExportSubjectPublicKeyInfo();
        return new PackageSigningKey(TabletPackageCrypto.KeyId(spki), Convert.ToBase64String(spki));
    }).ToList();

    public string? DeviceKeyId(string publicKey)
    {
        try
        {
            var spki = Convert.FromBase64String(publicKey);
            using var key = ECDiffieHellman.Create();
            key.ImportSubjectPublicKeyInfo(spki, out var read);
            if (read != spki.Length || key.KeySize != 256 || key.ExportParameters(false).Curve.Oid.Value != ECCurve.NamedCurves.nistP256.Oid.Value) return null;
            return TabletPackageCrypto.KeyId(spki);
        }
        catch (Exception ex) when (ex is FormatException or CryptographicException) { return null; }
    }

    public SealedPackage Seal(PackageDraft draft, string devicePublicKey)
    {
        using var device = ECDiffieHellman.Create();
        device.ImportSubjectPublicKeyInfo(Convert.FromBase64String(devicePublicKey), out _);
        using var ephemeral = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        var shared = ephemeral.DeriveRawSecretAgreement(device.PublicKey);
        var fileKey = TabletPackageCrypto.FileKey(shared, draft.PackageId, draft.DeviceId);
        CryptographicOperations.ZeroMemory(shared);
        var entries = new List<TabletPackageEntry>(draft.Files.Count);
        var files = new List<TabletPackageFile>(draft.Files.Count);
        try
        {
            using var aes = new AesGcm(fileKey, TabletPackageCrypto.TagSize);
            foreach (var file in draft.Files)
            {
                const int header = TabletPackageCrypto.NonceSize + TabletPackageCrypto.TagSize;
                var sealedBytes = new byte[header + file.Content.Length];
                RandomNumberGenerator.Fill(sealedBytes.AsSpan(0, TabletPackageCrypto.NonceSize));
                aes.Encrypt(sealedBytes.AsSpan(0, TabletPackageCrypto.NonceSize), file.Content, sealedBytes.AsSpan(header),
                    sealedBytes.AsSpan(TabletPackageCrypto.NonceSize, TabletPackageCrypto.TagSize),
                    TabletPackageCrypto.Associated(draft.PackageId, file.DocumentId, file.Version));
                entries.Add(new TabletPackageEntry(file.DocumentId, file.Version, file.Title, file.Classification, file.FileName, file.ContentType,
                    file.WatermarkCode, file.Content.Length, TabletPackageCrypto.Sha256Hex(file.Content), TabletPackageCrypto.Sha256Hex(sealedBytes)));
                files.Add(new TabletPackageFile(file.DocumentId, file.Version, Convert.ToBase64String(sealedBytes)));
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(fileKey);
        }

        var secret = secrets.Get(ConfigurationKey, FileName);
        using var signer = SigningKey(secret);
        var manifest = new TabletPackageManifest(TabletPackageManifest.CurrentFormat, draft.PackageId, draft.DeviceId, draft.DelegateId, draft.CongressId,
            Utc(draft.IssuedAtUtc), Utc(draft.ExpiresAtUtc), draft.SinceUtc is { } since ? Utc(since) : null, Utc(draft.AsOfUtc),
            TabletPackageCrypto.KeyId(signer.ExportSubjectPublicKeyInfo()), Convert.ToBase64String(ephemeral.ExportSubjectPublicKeyInfo()),
            entries, draft.Holdings);
        var manifestBytes = JsonSerializer.SerializeToUtf8Bytes(manifest, TabletPackageCrypto.Json);
        var signature = signer.SignData(manifestBytes, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return new SealedPackage(new TabletPackage(Convert.ToBase64String(manifestBytes), Convert.ToBase64String(signature), files),
            TabletPackageCrypto.Sha256Hex(manifestBytes));
    }

    public TabletPackageManifest? VerifiedManifest(string manifest, string signature)
    {
        try
        {
            return TabletPackageReader.VerifySignature(manifest, signature, SigningKeys());
        }
        catch (TabletPackageRejectedException) { return null; }
    }

    /// <summary>The ECDSA P-256 key of a secret (deterministic: every host with the secret has the same key).</summary>
    private static ECDsa SigningKey(byte[] secret)
    {
        for (var n = 0; ; n++)
        {
            var scalar = HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes($"congress-documents-package-signing-v1|{n}"));
            var key = ECDsa.Create();
            try
            {
                key.ImportParameters(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, D = scalar });
                return key;
            }
            catch (CryptographicException)
            {
                key.Dispose(); // zero or above the group order (about 2^-32 likely): take the next
            }
            finally
            {
                CryptographicOperations.ZeroMemory(scalar);
            }
        }
    }

    private static DateTime Utc(DateTime time) => time.Kind == DateTimeKind.Utc ? time : DateTime.SpecifyKind(time, DateTimeKind.Utc);
}
