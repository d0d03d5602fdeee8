using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Documents.Application.Access;
using Congress.Modules.Documents.Application.Documents;
using Congress.Modules.Documents.Application.Ports;
using Congress.Modules.Documents.Contracts.Packages;
using Congress.Modules.Documents.Domain.Devices;
using Congress.Modules.Documents.Domain.Documents;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Congress.Modules.Documents.Application.Devices.FetchPackage;

/// <summary>
/// Builds the package outside any transaction — stamping and sealing 20 MB takes most of a second of CPU, and on SQLite a
/// write transaction holds the database's one write lock, so ballots and check-ins would wait behind it — at most one
/// build per core at a time (<see cref="PackageBuilds"/>: the memory of 450 tablets syncing at once stays that of a few),
/// then records it (watermarks, the package, the device's sync, the audit entry) in one short transaction that first
/// re-reads the device: one revoked meanwhile gets nothing.
/// </summary>
internal sealed class FetchPackageCommandHandler(
    DocumentsDbContext db, DocumentVisibility visibility, DocumentStore store, IWatermarkStamper stamper, IPackageSealer sealer,
    IDelegateRoster roster, IPackageCache cache, PackageBuilds builds, IOptions<DocumentsOptions> options, ICurrentUser user, IClock clock)
    : IRequestHandler<FetchPackageCommand, Result<PackageDelivery>>
{
    public async Task<Result<PackageDelivery>> Handle(FetchPackageCommand command, CancellationToken cancellationToken)
    {
        var device = await db.Devices.FirstOrDefaultAsync(d => d.Id == command.DeviceId, cancellationToken);
        if (device is null || (!visibility.IsStaff && device.DelegateId != user.DelegateId)) return DeviceErrors.NotFound;
        var now = clock.UtcNow;
        if (device.IsRevoked) return await RecordAsync(command, device, now, PackageDelivery.Refused, () => { }, cancellationToken);

        // What the delegate may read now, confidential excluded; the cursor is read before the query (as ListChanges does):
        // a change committed meanwhile travels again next time, never is missed.
        var asOf = now;
        var readable = await visibility.ReadableByDelegateAsync(db.Documents.AsNoTracking()
            .Where(d => d.CongressId == device.CongressId && d.Classification != Classification.Confidential), device.DelegateId, cancellationToken);
        DateTime? since = command.SinceUtc is { } s ? (s.Kind == DateTimeKind.Utc ? s : s.ToUniversalTime()) : null;
        var changed = readable.Where(d => since is null || d.UpdatedAtUtc > since).OrderBy(d => d.UpdatedAtUtc).ToList();

        var recipient = await RecipientAsync(device, cancellationToken);

        // A full sync while nothing the delegate may read has changed: the package already sealed for this device and this
        // content, if it has at least half its lifetime left, streamed from disk — not every file stamped and encrypted again
        // (docs/adr/0026). Its watermarks and its record were written when it was first sent; this sync is audited as any.
        var lifetime = TimeSpan.FromHours(options.Value.PackageLifetimeHours);
        var contentKey = since is null ? ContentKey(recipient, user.DelegateId == device.DelegateId ? user.UserId : null, readable) : null;
        if (contentKey is not null && cache.Find(device.Id, contentKey, now + lifetime / 2) is { } kept)
            return await RecordAsync(command, device, now, PackageDelivery.Kept(kept.Path), () => device.Synced(now), cancellationToken);

        using var build = await builds.EnterAsync(cancellationToken);
        var files = new List<PackageFileDraft>(changed.Count);
        var watermarks = new List<Watermark>(changed.Count);
        var alerts = new List<IntegrityAlert>();
        var holdings = new List<TabletPackageHolding>(readable.Count);
        foreach (var document in readable.OrderBy(d => d.UpdatedAtUtc))
            holdings.Add(new TabletPackageHolding(document.Id.Value, document.CurrentVersion));
        foreach (var document in changed)
        {
            var version = await store.VersionAsync(document.Id, document.CurrentVersion, cancellationToken);
            if (version.IsFailure) continue;
            byte[] content;
            try { content = store.Content(version.Value); }
            catch (DocumentTamperedException)
            {
                // recorded for the organisers, left out of the package (the tablet keeps what it had)
                alerts.Add(IntegrityAlert.Raise(document.Id, version.Value.Id, user.AuditName, now));
                continue;
            }
            // the recipient is the delegate; the account is named only when it is theirs (not the staff preinstalling the tablet)
            var watermark = Watermark.Issue(WatermarkCodes.New(), document.Id, version.Value.Id, version.Value.Number, recipient,
                user.DelegateId == device.DelegateId ? user.UserId : null, device.DelegateId, "package", now);
            watermarks.Add(watermark);
            var stamped = stamper.Stamp(content, version.Value.Format, new WatermarkLabel(watermark.Code, recipient, now));
            files.Add(new PackageFileDraft(document.Id.Value, version.Value.Number, document.Title, document.Classification.ToString(),
                version.Value.FileName, DocumentStore.ContentType(version.Value.Format), watermark.Code, stamped));
        }

        var packageId = Guid.NewGuid();
        var expires = now.AddHours(options.Value.PackageLifetimeHours);
        var sealedPackage = sealer.Seal(new PackageDraft(packageId, device.Id, device.DelegateId, device.CongressId, now, expires, since, asOf, files, holdings),
            device.PublicKey);
        build.Dispose(); // what is left is a short write and sending the bytes
        return await RecordAsync(command, device, now, PackageDelivery.Of(sealedPackage.Package), () =>
        {
            db.Watermarks.AddRange(watermarks);
            db.DevicePackages.Add(DevicePackage.Issue(packageId, device.Id, now, expires, since, asOf, files.Count, sealedPackage.ManifestSha256));
            device.Synced(now);
            if (contentKey is not null)
                db.AfterCommit(_ =>
                {
                    cache.Store(device.Id, contentKey, packageId, expires, sealedPackage.Package);
                    return Task.CompletedTask;
                });
        }, cancellationToken, alerts);
    }

    /// <summary>
    /// The sync's one short transaction. The device is read again inside it: revoked meanwhile, it is refused (and counted)
    /// and what was built is dropped. Integrity alerts are recorded either way.
    /// </summary>
    private async Task<Result<PackageDelivery>> RecordAsync(FetchPackageCommand command, TabletDevice device, DateTime now, PackageDelivery delivery,
        Action record, CancellationToken cancellationToken, IReadOnlyList<IntegrityAlert>? alerts = null)
    {
        await using var transaction = await db.BeginAsync(cancellationToken);
        await db.Entry(device).ReloadAsync(cancellationToken);
        if (device.IsRevoked)
        {
            device.SyncRefused(now);
            delivery = PackageDelivery.Refused;
        }
        else record();
        db.IntegrityAlerts.AddRange(alerts ?? []);
        await transaction.CommitAsync(nameof(FetchPackageCommand), command, cancellationToken);
        return delivery;
    }

    /// <summary>What a full package's content depends on: who it is marked for, and each readable document's version and last change.</summary>
    private static string ContentKey(string recipient, Guid? recipientUserId, IEnumerable<Document> readable)
    {
        var text = new System.Text.StringBuilder($"v1|{recipient}|{recipientUserId}");
        foreach (var d in readable.OrderBy(d => d.Id.Value))
            text.Append('|').Append(d.Id.Value.ToString("N")).Append(':').Append(d.CurrentVersion).Append(':').Append(d.UpdatedAtUtc.Ticks).Append(':').Append(d.Classification);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString())))[..32];
    }

    /// <summary>How the copies name their recipient: the delegate's account when they fetch it themselves, else code and name.</summary>
    private async Task<string> RecipientAsync(TabletDevice device, CancellationToken cancellationToken)
    {
        if (user.DelegateId == device.DelegateId) return user.UserName;
        var entry = (await roster.ListAsync(device.CongressId, cancellationToken)).FirstOrDefault(r => r.DelegateId == device.DelegateId);
        return entry is null ? $"đại biểu {device.DelegateId:N}" : $"{entry.Code} {entry.FullName}";
    }
}
