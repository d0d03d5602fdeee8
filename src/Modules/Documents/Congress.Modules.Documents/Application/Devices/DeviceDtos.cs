using Congress.Modules.Documents.Contracts.Packages;
using Congress.Modules.Documents.Domain.Devices;
using Congress.Shared.Kernel;

namespace Congress.Modules.Documents.Application.Devices;

/// <param name="FullPackageAtUtc">When the device's latest full package was made — prepared ahead or built at a sync (docs/adr/0031).</param>
internal sealed record DeviceDto(Guid Id, Guid CongressId, Guid DelegateId, string Label, string KeyId, DateTime RegisteredAtUtc, string RegisteredBy,
    DateTime? RevokedAtUtc, string? RevokedBy, string? RevocationReason, DateTime? LastSyncAtUtc, int RefusedSyncs,
    string? DelegateCode = null, string? DelegateName = null, DateTime? PackageExpiresAtUtc = null, DateTime? FullPackageAtUtc = null)
{
    public static DeviceDto From(TabletDevice d) => new(d.Id, d.CongressId, d.DelegateId, d.Label, d.KeyId, d.RegisteredAtUtc, d.RegisteredBy,
        d.RevokedAtUtc, d.RevokedBy, d.RevocationReason, d.LastSyncAtUtc, d.RefusedSyncs);

    public bool IsRevoked => RevokedAtUtc is not null;
}

/// <summary>A registered tablet, and the installation keys it should pin to check the signature of every package.</summary>
internal sealed record RegisteredDeviceDto(DeviceDto Device, IReadOnlyList<PackageSigningKey> SigningKeys);

/// <summary>What a package fetch answers: the package, or — for a revoked device — a refusal that was recorded;
/// <paramref name="CachedPath"/>: the same package already sealed for this device, to be streamed from disk (docs/adr/0026).</summary>
internal sealed record PackageDelivery(TabletPackage? Package, bool Revoked, string? CachedPath = null)
{
    public static PackageDelivery Of(TabletPackage package) => new(package, false);
    public static PackageDelivery Kept(string path) => new(null, false, path);
    public static readonly PackageDelivery Refused = new(null, true);
}

/// <summary>A package the server signed, for this device, not expired, and the device not revoked: still current.</summary>
internal sealed record PackageStatusDto(Guid PackageId, Guid DeviceId, DateTime IssuedAtUtc, DateTime ExpiresAtUtc, DateTime AsOfUtc, int Documents, bool Current);

internal static class DeviceErrors
{
    public static readonly Error NotFound = Error.NotFound("documents.device.not_found", "Không tìm thấy máy tính bảng này.");
    /// <summary>Answered 410 by the API: the device was revoked (a lost tablet); nothing else is sent.</summary>
    public static readonly Error Revoked = Error.Forbidden("documents.device.revoked", "Máy tính bảng này đã bị thu hồi — không đồng bộ được.");
    /// <summary>Answered 410 by the API.</summary>
    public static readonly Error Expired = Error.Forbidden("documents.package.expired", "Gói tài liệu đã hết hạn — hãy đồng bộ lại.");
    public static readonly Error Tampered = new("documents.package.tampered", "Gói tài liệu không còn nguyên vẹn (chữ ký không khớp) hoặc không dành cho máy này.");
    public static readonly Error UnknownPackage = Error.NotFound("documents.package.not_found", "Máy chủ không cấp gói tài liệu này.");
}
