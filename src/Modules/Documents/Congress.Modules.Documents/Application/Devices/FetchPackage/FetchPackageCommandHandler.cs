using Congress.Modules.Documents.Application.Access;
using Congress.Modules.Documents.Domain.Devices;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Documents.Application.Devices.FetchPackage;

/// <summary>
/// A full sync streams the package prepared for this device and this content (docs/adr/0031: prepared ahead at registration,
/// after a document changed, or for all tablets before the day; or kept from an earlier sync, docs/adr/0026); only when none
/// matches is it built here, by the same <see cref="PackageBuilder"/>, outside any transaction — stamping and sealing 20 MB
/// takes most of a second of CPU, and on SQLite a write transaction holds the database's one write lock — at most one build
/// per core and one per device at a time (<see cref="PackageBuilds"/>), then kept for the next. The sync is recorded
/// (watermarks and package if built here, the device's sync, the audit entry) in one short transaction that first re-reads
/// the device: one revoked meanwhile gets nothing. An incremental sync (<c>since</c>) is built every time and not kept.
/// </summary>
internal sealed class FetchPackageCommandHandler(
    DocumentsDbContext db, DocumentVisibility visibility, PackageBuilder builder, PackageBuilds builds, ICurrentUser user, IClock clock)
    : IRequestHandler<FetchPackageCommand, Result<PackageDelivery>>
{
    public async Task<Result<PackageDelivery>> Handle(FetchPackageCommand command, CancellationToken cancellationToken)
    {
        var device = await db.Devices.FirstOrDefaultAsync(d => d.Id == command.DeviceId, cancellationToken);
        if (device is null || (!visibility.IsStaff && device.DelegateId != user.DelegateId)) return DeviceErrors.NotFound;
        var now = clock.UtcNow;
        if (device.IsRevoked) return await RecordAsync(command, device, now, PackageDelivery.Refused, () => { }, cancellationToken);

        if (command.SinceUtc is not null)
        {
            var changes = await builder.ContentAsync(device, command.SinceUtc, now, cancellationToken);
            BuiltPackage increment;
            using (await builds.EnterAsync(cancellationToken))
                increment = await builder.BuildAsync(device, changes, now, cancellationToken);
            return await RecordAsync(command, device, now, PackageDelivery.Of(increment.Package), () =>
            {
                builder.Record(increment);
                device.Synced(now);
            }, cancellationToken);
        }

        // A full sync: the device's turn first, so that a package the preparer is building for it now is waited for, then found
        using var turn = await builds.DeviceAsync(device.Id, cancellationToken);
        var content = await builder.ContentAsync(device, null, now, cancellationToken);
        if (builder.Prepared(device, content, now) is { } kept)
            return await RecordAsync(command, device, now, PackageDelivery.Kept(kept.Path), () => device.Synced(now), cancellationToken);

        using var slot = await builds.EnterAsync(cancellationToken); // held until the package is on disk: memory stays bounded
        var built = await builder.BuildAsync(device, content, now, cancellationToken);
        var delivery = await RecordAsync(command, device, now, PackageDelivery.Of(built.Package), () =>
        {
            builder.Record(built);
            device.Synced(now);
        }, cancellationToken);
        if (delivery.IsFailure || delivery.Value.Revoked) return delivery;
        // streamed from the file it is now kept in; from memory only if it could not be kept
        return await builder.KeepAsync(built, cancellationToken) is { } path ? PackageDelivery.Kept(path) : delivery;
    }

    /// <summary>
    /// The sync's one short transaction. The device is read again inside it: revoked meanwhile, it is refused (and counted)
    /// and what was built is dropped.
    /// </summary>
    private async Task<Result<PackageDelivery>> RecordAsync(FetchPackageCommand command, TabletDevice device, DateTime now, PackageDelivery delivery,
        Action record, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginAsync(cancellationToken);
        await db.Entry(device).ReloadAsync(cancellationToken);
        if (device.IsRevoked)
        {
            device.SyncRefused(now);
            delivery = PackageDelivery.Refused;
        }
        else record();
        await transaction.CommitAsync(nameof(FetchPackageCommand), command, cancellationToken);
        return delivery;
    }
}
