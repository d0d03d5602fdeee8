using Congress.Modules.Documents.Contracts.Packages;

namespace Congress.Modules.Documents.Application.Ports;

/// <summary>One watermarked file to put in a package, with what the manifest says of it.</summary>
internal sealed record PackageFileDraft(Guid DocumentId, int Version, string Title, string Classification, string FileName, string ContentType,
    string WatermarkCode, byte[] Content);

/// <summary>Everything a package says except what sealing adds (the key agreement key, the hashes, the signature).</summary>
internal sealed record PackageDraft(Guid PackageId, Guid DeviceId, Guid DelegateId, Guid CongressId, DateTime IssuedAtUtc, DateTime ExpiresAtUtc,
    DateTime? SinceUtc, DateTime AsOfUtc, IReadOnlyList<PackageFileDraft> Files, IReadOnlyList<TabletPackageHolding> Holdings);

/// <summary>A sealed package, and the hash of its manifest (what the server keeps of it).</summary>
internal sealed record SealedPackage(TabletPackage Package, string ManifestSha256);

/// <summary>
/// Seals tablet packages (docs/adr/0024): each file AES-256-GCM under a key agreed (ECDH P-256, HKDF-SHA256) between a
/// one-time server key and the device's registered public key, and the manifest signed (ECDSA P-256) by the
/// installation's package signing key, kept in the key directory like the other installation keys.
/// </summary>
internal interface IPackageSealer
{
    /// <summary>The installation's signing public keys, current first (retired ones still verify older packages).</summary>
    IReadOnlyList<PackageSigningKey> SigningKeys();

    /// <summary>The key id of a device public key (base64 SubjectPublicKeyInfo of a P-256 key), or null if it is not one.</summary>
    string? DeviceKeyId(string publicKey);

    SealedPackage Seal(PackageDraft draft, string devicePublicKey);

    /// <summary>The manifest, if <paramref name="signature"/> is the installation's over exactly these bytes; otherwise null.</summary>
    TabletPackageManifest? VerifiedManifest(string manifest, string signature);
}
