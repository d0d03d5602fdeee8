using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Congress.Modules.Documents.Contracts.Packages;

/// <summary>
/// The package format's cryptography, shared by the server that seals packages and the tablet that opens them
/// (docs/adr/0024), so that both read one definition. BCL only.
/// </summary>
public static class TabletPackageCrypto
{
    public const int NonceSize = 12, TagSize = 16, KeySize = 32;

    /// <summary>How manifests are written and read (camelCase JSON, UTC times with "Z").</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The short name of a public key (not secret): the first 16 hex digits of the SHA-256 of its SubjectPublicKeyInfo.</summary>
    public static string KeyId(byte[] subjectPublicKeyInfo) => Convert.ToHexStringLower(SHA256.HashData(subjectPublicKeyInfo))[..16];

    /// <summary>The files' key of one package: HKDF-SHA256 over the ECDH secret, salted with the package id, bound to the device.</summary>
    public static byte[] FileKey(byte[] sharedSecret, Guid packageId, Guid deviceId) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, sharedSecret, KeySize, packageId.ToByteArray(), Encoding.ASCII.GetBytes($"congress-documents-package-v1|{deviceId:N}"));

    /// <summary>Associated data of one file: a file moved to another package, document or version does not open.</summary>
    public static byte[] Associated(Guid packageId, Guid documentId, int version) =>
        Encoding.ASCII.GetBytes($"congress-documents-package-v1|{packageId:N}|{documentId:N}|{version}");

    public static string Sha256Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}

/// <summary>
/// What a tablet does with a package before it shows anything (docs/adr/0024): the signature over the manifest by a
/// pinned installation key, the device it was made for, its expiry against the tablet's clock, every file's ciphertext
/// hash against the signed manifest; then each file decrypted with the device's private key and its plaintext hash
/// checked. Any failure refuses the whole package (<see cref="TabletPackageRejectedException"/>); nothing is returned
/// half-checked. Revocation is the server's part: a revoked device gets no further package, and its sync is refused.
/// </summary>
public static class TabletPackageReader
{
    /// <summary>
    /// The manifest, if <paramref name="signatureBase64"/> is by one of <paramref name="trustedKeys"/> over exactly these bytes
    /// (checked before anything of the manifest is read); nothing else is checked.
    /// </summary>
    public static TabletPackageManifest VerifySignature(string manifestBase64, string signatureBase64, IEnumerable<PackageSigningKey> trustedKeys)
    {
        byte[] manifestBytes, signature;
        try
        {
            manifestBytes = Convert.FromBase64String(manifestBase64 ?? "");
            signature = Convert.FromBase64String(signatureBase64 ?? "");
        }
        catch (FormatException) { throw new TabletPackageRejectedException("malformed", "The manifest or its signature is not base64."); }
        // The signature first: nothing of an unsigned manifest is read.
        var verified = false;
        foreach (var trusted in trustedKeys)
        {
            using var key = ECDsa.Create();
            try { key.ImportSubjectPublicKeyInfo(Convert.FromBase64String(trusted.PublicKey), out _); }
            catch (Exception ex) when (ex is CryptographicException or FormatException) { continue; }
            if (key.VerifyData(manifestBytes, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation))
            {
                verified = true;
                break;
            }
        }
        if (!verified) throw new TabletPackageRejectedException("tampered", "The manifest's signature does not verify with any installation key this tablet trusts.");
        TabletPackageManifest manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<TabletPackageManifest>(manifestBytes, TabletPackageCrypto.Json)
                ?? throw new TabletPackageRejectedException("malformed", "The manifest is empty.");
        }
        catch (JsonException) { throw new TabletPackageRejectedException("malformed", "The signed manifest is not JSON of this format."); }
        if (manifest.FormatVersion != TabletPackageManifest.CurrentFormat)
            throw new TabletPackageRejectedException("malformed", $"Unknown package format {manifest.FormatVersion}.");
        return manifest;
    }

    /// <summary>Checks everything that needs no device key; returns the signed manifest.</summary>
    public static TabletPackageManifest Verify(TabletPackage package, IEnumerable<PackageSigningKey> trustedKeys, Guid deviceId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(package);
        var manifest = VerifySignature(package.Manifest, package.Signature, trustedKeys);
        if (manifest.DeviceId != deviceId)
            throw new TabletPackageRejectedException("wrong_device", "The package was made for another device.");
        if (ToUtc(nowUtc) >= ToUtc(manifest.ExpiresAtUtc))
            throw new TabletPackageRejectedException("expired", $"The package expired at {ToUtc(manifest.ExpiresAtUtc):O}.");

        var files = package.Files ?? [];
        if (files.Count != manifest.Documents.Count)
            throw new TabletPackageRejectedException("tampered", "The package's files are not the ones its manifest lists.");
        foreach (var entry in manifest.Documents)
        {
            var matching = files.Where(f => f.DocumentId == entry.DocumentId && f.Version == entry.Version).ToList();
            if (matching.Count != 1)
                throw new TabletPackageRejectedException("tampered", $"The file of {entry.DocumentId} v{entry.Version} is missing or repeated.");
            var file = matching[0];
            if (TabletPackageCrypto.Sha256Hex(Bytes(file.Ciphertext)) != entry.CiphertextSha256)
                throw new TabletPackageRejectedException("tampered", $"The file of {entry.DocumentId} v{entry.Version} is not the one that was signed.");
        }
        return manifest;
    }

    /// <summary>Verifies the package (<see cref="Verify"/>) and decrypts every file with the device's private key.</summary>
    public static IReadOnlyList<OpenedDocument> Open(TabletPackage package, ECDiffieHellman deviceKey, IEnumerable<PackageSigningKey> trustedKeys,
        Guid deviceId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(deviceKey);
        var manifest = Verify(package, trustedKeys, deviceId, nowUtc);
        byte[] fileKey;
        using (var ephemeral = ECDiffieHellman.Create())
        {
            try { ephemeral.ImportSubjectPublicKeyInfo(Convert.FromBase64String(manifest.EphemeralPublicKey), out _); }
            catch (Exception ex) when (ex is CryptographicException or FormatException)
            {
                throw new TabletPackageRejectedException("malformed", "The package's key agreement key is not a P-256 public key.");
            }
            var shared = deviceKey.DeriveRawSecretAgreement(ephemeral.PublicKey);
            fileKey = TabletPackageCrypto.FileKey(shared, manifest.PackageId, manifest.DeviceId);
            CryptographicOperations.ZeroMemory(shared);
        }
        try
        {
            using var aes = new AesGcm(fileKey, TabletPackageCrypto.TagSize);
            var opened = new List<OpenedDocument>(manifest.Documents.Count);
            foreach (var entry in manifest.Documents)
            {
                var sealedBytes = Bytes(package.Files.Single(f => f.DocumentId == entry.DocumentId && f.Version == entry.Version).Ciphertext);
                const int header = TabletPackageCrypto.NonceSize + TabletPackageCrypto.TagSize;
                if (sealedBytes.Length < header) throw new TabletPackageRejectedException("tampered", "A file is truncated.");
                var plain = new byte[sealedBytes.Length - header];
                try
                {
                    aes.Decrypt(sealedBytes.AsSpan(0, TabletPackageCrypto.NonceSize), sealedBytes.AsSpan(header),
                        sealedBytes.AsSpan(TabletPackageCrypto.NonceSize, TabletPackageCrypto.TagSize), plain,
                        TabletPackageCrypto.Associated(manifest.PackageId, entry.DocumentId, entry.Version));
                }
                catch (AuthenticationTagMismatchException)
                {
                    throw new TabletPackageRejectedException("tampered", $"The file of {entry.DocumentId} does not decrypt with this device's key.");
                }
                if (TabletPackageCrypto.Sha256Hex(plain) != entry.Sha256)
                    throw new TabletPackageRejectedException("tampered", $"The file of {entry.DocumentId} is not the one that was signed.");
                opened.Add(new OpenedDocument(entry, plain));
            }
            return opened;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(fileKey);
        }
    }

    private static byte[] Bytes(string base64)
    {
        try { return Convert.FromBase64String(base64 ?? ""); }
        catch (FormatException) { throw new TabletPackageRejectedException("tampered", "A file is not base64."); }
    }

    private static DateTime ToUtc(DateTime time) => time.Kind switch
    {
        DateTimeKind.Utc => time,
        DateTimeKind.Local => time.ToUniversalTime(),
        _ => DateTime.SpecifyKind(time, DateTimeKind.Utc),
    };
}
