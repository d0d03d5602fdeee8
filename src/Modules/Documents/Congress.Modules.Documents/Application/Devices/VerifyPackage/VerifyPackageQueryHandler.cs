using Congress.Modules.Documents.Application.Access;
using Congress.Modules.Documents.Application.Ports;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Documents.Application.Devices.VerifyPackage;

internal sealed class VerifyPackageQueryHandler(DocumentsDbContext db, DocumentVisibility visibility, IPackageSealer sealer, ICurrentUser user, IClock clock)
    : IRequestHandler<VerifyPackageQuery, Result<PackageStatusDto>>
{
    public async Task<Result<PackageStatusDto>> Handle(VerifyPackageQuery query, CancellationToken cancellationToken)
    {
        var device = await db.Devices.AsNoTracking().FirstOrDefaultAsync(d => d.Id == query.DeviceId, cancellationToken);
        if (device is null || (!visibility.IsStaff && device.DelegateId != user.DelegateId)) return DeviceErrors.NotFound;
        if (device.IsRevoked) return DeviceErrors.Revoked;
        var manifest = sealer.VerifiedManifest(query.Manifest ?? "", query.Signature ?? "");
        if (manifest is null || manifest.DeviceId != device.Id) return DeviceErrors.Tampered;
        if (clock.UtcNow >= DateTime.SpecifyKind(manifest.ExpiresAtUtc, DateTimeKind.Utc)) return DeviceErrors.Expired;
        var issued = await db.DevicePackages.AsNoTracking().FirstOrDefaultAsync(p => p.Id == manifest.PackageId && p.DeviceId == device.Id, cancellationToken);
        if (issued is null) return DeviceErrors.UnknownPackage;
        return new PackageStatusDto(manifest.PackageId, device.Id, manifest.IssuedAtUtc, manifest.ExpiresAtUtc, manifest.AsOfUtc, manifest.Documents.Count, true);
    }
}
