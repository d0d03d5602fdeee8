using Congress.Modules.Documents.Contracts.Packages;

namespace Congress.Modules.Documents.Application.Ports;

/// <summary>A full package already sealed for a device, on disk (its JSON gzip-compressed), and when it expires.</summary>
internal sealed record CachedPackage(Guid PackageId, DateTime ExpiresAtUtc, string Path);

/// <summary>
/// Full packages kept as sealed, per device and per content (docs/adr/0026): a tablet that syncs again while nothing it may read
/// has changed gets the same package streamed from disk instead of every file re-stamped and re-encrypted. What is kept is
/// what was sent — files encrypted to the device's key, a signed manifest — so the server can open none of it.
/// </summary>
internal interface IPackageCache
{
    /// <summary>The device's package for this content, if one is kept that expires no sooner than <paramref name="notExpiringBeforeUtc"/>.</summary>
    CachedPackage? Find(Guid deviceId, string contentKey, DateTime notExpiringBeforeUtc);

    /// <summary>
    /// Keeps <paramref name="package"/> as the device's package (any older one of the device — superseded or expired — is
    /// dropped, so a device holds one package on disk); answers where, or null if it could not be written.
    /// </summary>
    string? Store(Guid deviceId, string contentKey, Guid packageId, DateTime expiresAtUtc, TabletPackage package);

    /// <summary>Drops every package kept for the device (revoked).</summary>
    void Forget(Guid deviceId);
}
