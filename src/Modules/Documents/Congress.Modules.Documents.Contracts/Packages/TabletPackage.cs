namespace Congress.Modules.Documents.Contracts.Packages;

/// <summary>
/// A tablet package as it travels (docs/adr/0024): the manifest exactly as it was signed (UTF-8 JSON, base64), the
/// installation's signature over those bytes, and one encrypted file per document the manifest lists. Only the device
/// whose key pair was registered can decrypt the files; anyone holding the installation's public key can check the
/// signature. Nothing here is secret except the files, which are ciphertext.
/// </summary>
/// <param name="Manifest">Base64 of the manifest's UTF-8 JSON (<see cref="TabletPackageManifest"/>), the bytes that were signed.</param>
/// <param name="Signature">Base64 ECDSA P-256 / SHA-256 signature (IEEE P1363, r‖s) over the manifest's bytes.</param>
public sealed record TabletPackage(string Manifest, string Signature, IReadOnlyList<TabletPackageFile> Files);

/// <summary>One document's file, encrypted for the device: base64 of <c>nonce(12) ‖ tag(16) ‖ AES-256-GCM ciphertext</c>.</summary>
public sealed record TabletPackageFile(Guid DocumentId, int Version, string Ciphertext);

/// <summary>
/// What a package holds and for whom, signed by the installation. <see cref="EphemeralPublicKey"/> is the server's
/// one-time P-256 key for this package: ECDH with the device's private key, then HKDF-SHA256 (salt: the package id,
/// info: <c>congress-documents-package-v1|&lt;device id&gt;</c>) gives the 256-bit key of every file in it.
/// </summary>
/// <param name="SinceUtc">Null for a full package; otherwise the cursor the tablet sent: only documents changed after it travel.</param>
/// <param name="AsOfUtc">The cursor to send next time.</param>
/// <param name="Documents">The files in this package (new documents and new versions only, when <see cref="SinceUtc"/> is set).</param>
/// <param name="Holdings">Everything the tablet should hold after applying the package: a document it has that is not here
/// (no longer addressed to the delegate, withdrawn, made confidential) must be deleted.</param>
public sealed record TabletPackageManifest(
    int FormatVersion, Guid PackageId, Guid DeviceId, Guid DelegateId, Guid CongressId, DateTime IssuedAtUtc, DateTime ExpiresAtUtc,
    DateTime? SinceUtc, DateTime AsOfUtc, string SigningKeyId, string EphemeralPublicKey,
    IReadOnlyList<TabletPackageEntry> Documents, IReadOnlyList<TabletPackageHolding> Holdings)
{
    public const int CurrentFormat = 1;
}

/// <param name="Sha256">Hex SHA-256 of the watermarked file (the plaintext after decryption).</param>
/// <param name="CiphertextSha256">Hex SHA-256 of the encrypted file as it travels (checked before decrypting).</param>
public sealed record TabletPackageEntry(
    Guid DocumentId, int Version, string Title, string Classification, string FileName, string ContentType, string WatermarkCode,
    long Size, string Sha256, string CiphertextSha256);

public sealed record TabletPackageHolding(Guid DocumentId, int Version);

/// <summary>An installation public key a tablet pins (answered when the tablet is registered).</summary>
/// <param name="PublicKey">Base64 SubjectPublicKeyInfo (DER) of the ECDSA P-256 key.</param>
public sealed record PackageSigningKey(string KeyId, string PublicKey);

/// <summary>A decrypted, checked document of a package.</summary>
public sealed record OpenedDocument(TabletPackageEntry Entry, byte[] Content);

/// <summary>Why a package was refused: <see cref="Reason"/> is "tampered", "expired", "wrong_device" or "malformed".</summary>
public sealed class TabletPackageRejectedException(string reason, string message) : Exception(message)
{
    public string Reason { get; } = reason;
}
