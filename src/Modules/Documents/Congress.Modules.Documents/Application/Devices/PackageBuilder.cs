using Congress.Modules.Delegates.Contracts;
using Congress.Modules.Documents.Application.Access;
using Congress.Modules.Documents.Application.Devices.FetchPackage;
using Congress.Modules.Documents.Application.Documents;
using Congress.Modules.Documents.Application.Ports;
using Congress.Modules.Documents.Contracts.Packages;
using Congress.Modules.Documents.Domain.Devices;
using Congress.Modules.Documents.Domain.Documents;
using Congress.Modules.Documents.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Congress.Modules.Documents.Application.Devices;

/// <summary>Who a device's copies are marked for: its delegate (code and name), and their account when it is known.</summary>
internal sealed record PackageRecipient(string Label, Guid? UserId)
{
    public static string LabelOf(RosterEntry? entry, Guid delegateId) => entry is null ? $"đại biểu {delegateId:N}" : $"{entry.Code} {entry.FullName}";
}

/// <summary>
/// What a package for a device holds now: the documents its delegate may read (confidential never), those new or changed
/// since <see cref="SinceUtc"/>, the cursor (read before the query, as ListChanges does: a change committed meanwhile travels
/// again next time, never is missed), the recipient, and for a full package the key of its content.
/// </summary>
internal sealed record PackageContent(IReadOnlyList<Document> Readable, IReadOnlyList<Document> Changed, DateTime? SinceUtc, DateTime AsOfUtc,
    PackageRecipient Recipient, string? ContentKey);

/// <summary>A package built and sealed, not yet recorded: what the server will remember of it, its watermarks, any integrity alert.</summary>
internal sealed record BuiltPackage(TabletPackage Package, DevicePackage Record, IReadOnlyList<Watermark> Watermarks, IReadOnlyList<IntegrityAlert> Alerts,
    string? ContentKey)
{
    public Guid PackageId => Record.Id;
}

/// <summary>What <see cref="PackageBuilder.PrepareAsync"/> did for one device.</summary>
internal enum PreparedOutcome { Prepared, AlreadyPrepared, Revoked, Missing }

/// <summary>
/// The one piece of code that makes a tablet's package (docs/adr/0024, 0026, 0031), used by the fetch and by the preparer:
/// what the device's delegate may read, each file watermarked for the device's fixed recipient and encrypted for the
/// device, the manifest signed. A full package depends only on the device and on what its delegate may read — never on who
/// asks — so it can be prepared ahead (<see cref="PrepareAsync"/>: at registration, after a document changes, or for all
/// tablets before the day) into the package cache, its watermarks and record written in one short transaction before it is
/// ever sent, and the fetch streams it. Building happens outside any transaction, in a build slot (<see cref="PackageBuilds"/>).
/// </summary>
internal sealed class PackageBuilder(
    DocumentsDbContext db, DocumentVisibility visibility, DocumentStore store, IWatermarkStamper stamper, IPackageSealer sealer,
    IDelegateRoster roster, IPackageCache cache, PackageBuilds builds, IOptions<DocumentsOptions> options, ICurrentUser user, IClock clock,
    ILogger<PackageBuilder> logger)
{
    public TimeSpan Lifetime => TimeSpan.FromHours(options.Value.PackageLifetimeHours);

    public async Task<PackageContent> ContentAsync(TabletDevice device, DateTime? sinceUtc, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var readable = await visibility.ReadableByDelegateAsync(db.Documents.AsNoTracking()
            .Where(d => d.CongressId == device.CongressId && d.Classification != Classification.Confidential), device.DelegateId, cancellationToken);
        DateTime? since = sinceUtc is { } s ? (s.Kind == DateTimeKind.Utc ? s : s.ToUniversalTime()) : null;
        var changed = readable.Where(d => since is null || d.UpdatedAtUtc > since).OrderBy(d => d.UpdatedAtUtc).ToList();
        var recipient = await RecipientAsync(device, cancellationToken);
        return new PackageContent(readable, changed, since, nowUtc, recipient, since is null ? ContentKey(recipient, readable) : null);
    }

    /// <summary>The full package kept for this device and this content, if it has at least half its lifetime left.</summary>
    public CachedPackage? Prepared(TabletDevice device, PackageContent content, DateTime nowUtc) =>
        content.ContentKey is { } key ? cache.Find(device.Id, key, nowUtc + Lifetime / 2) : null;

    /// <summary>Stamps every changed file for the recipient and seals the package for the device. CPU and memory: hold a build slot.</summary>
    public async Task<BuiltPackage> BuildAsync(TabletDevice device, PackageContent content, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var files = new List<PackageFileDraft>(content.Changed.Count);
        var watermarks = new List<Watermark>(content.Changed.Count);
        var alerts = new List<IntegrityAlert>();
        var holdings = content.Readable.OrderBy(d => d.UpdatedAtUtc).Select(d => new TabletPackageHolding(d.Id.Value, d.CurrentVersion)).ToList();
        foreach (var document in content.Changed)
        {
            var version = await store.VersionAsync(document.Id, document.CurrentVersion, cancellationToken);
            if (version.IsFailure) continue;
            byte[] plaintext;
            try { plaintext = store.Content(version.Value); }
            catch (DocumentTamperedException)
            {
                // recorded for the organisers, left out of the package (the tablet keeps what it had)
                alerts.Add(IntegrityAlert.Raise(document.Id, version.Value.Id, user.AuditName, nowUtc));
                continue;
            }
            var watermark = Watermark.Issue(WatermarkCodes.New(), document.Id, version.Value.Id, version.Value.Number, content.Recipient.Label,
                content.Recipient.UserId, device.DelegateId, "package", nowUtc);
            watermarks.Add(watermark);
            var stamped = stamper.Stamp(plaintext, version.Value.Format, new WatermarkLabel(watermark.Code, content.Recipient.Label, nowUtc));
            files.Add(new PackageFileDraft(document.Id.Value, version.Value.Number, document.Title, document.Classification.ToString(),
                version.Value.FileName, DocumentStore.ContentType(version.Value.Format), watermark.Code, stamped));
        }

        var packageId = Guid.NewGuid();
        var expires = nowUtc + Lifetime;
        var sealedPackage = sealer.Seal(new PackageDraft(packageId, device.Id, device.DelegateId, device.CongressId, nowUtc, expires, content.SinceUtc,
            content.AsOfUtc, files, holdings), device.PublicKey);
        var record = DevicePackage.Issue(packageId, device.Id, nowUtc, expires, content.SinceUtc, content.AsOfUtc, files.Count, sealedPackage.ManifestSha256);
        return new BuiltPackage(sealedPackage.Package, record, watermarks, alerts, content.ContentKey);
    }

    /// <summary>Adds the package's record, its watermarks and any integrity alert to the caller's unit of work: traceable once it commits.</summary>
    public void Record(BuiltPackage built)
    {
        db.Watermarks.AddRange(built.Watermarks);
        db.DevicePackages.Add(built.Record);
        db.IntegrityAlerts.AddRange(built.Alerts);
    }

    /// <summary>
    /// Keeps a recorded full package on disk as the device's package (older ones of the device dropped); answers where, or null
    /// (not a full package, not writable, or the device was revoked meanwhile — then nothing of it is kept).
    /// </summary>
    public async Task<string?> KeepAsync(BuiltPackage built, CancellationToken cancellationToken)
    {
        if (built.ContentKey is not { } key) return null;
        var path = cache.Store(built.Record.DeviceId, key, built.PackageId, built.Record.ExpiresAtUtc, built.Package);
        // a revocation that committed after this package's record: its after-commit Forget may have run before this Store
        if (await db.Devices.AsNoTracking().AnyAsync(d => d.Id == built.Record.DeviceId && d.RevokedAtUtc != null, cancellationToken))
        {
            cache.Forget(built.Record.DeviceId);
            return null;
        }
        return path;
    }

    /// <summary>
    /// Prepares the device's full package for what its delegate may read now, unless it is kept already: built outside any
    /// transaction in a build slot, then its watermarks and record committed in one short transaction that first re-reads the
    /// device (revoked meanwhile: nothing recorded, nothing kept), audited as <c>PreparePackage</c>, then kept on disk.
    /// </summary>
    public async Task<PreparedOutcome> PrepareAsync(Guid deviceId, CancellationToken cancellationToken)
    {
        using var turn = await builds.DeviceAsync(deviceId, cancellationToken);
        var device = await db.Devices.FirstOrDefaultAsync(d => d.Id == deviceId, cancellationToken);
        if (device is null) return PreparedOutcome.Missing;
        if (device.IsRevoked)
        {
            cache.Forget(deviceId);
            return PreparedOutcome.Revoked;
        }
        var now = clock.UtcNow;
        var content = await ContentAsync(device, null, now, cancellationToken);
        if (Prepared(device, content, now) is not null) return PreparedOutcome.AlreadyPrepared;

        using var slot = await builds.EnterAsync(cancellationToken);
        var built = await BuildAsync(device, content, now, cancellationToken);
        await using (var transaction = await db.BeginAsync(cancellationToken))
        {
            await db.Entry(device).ReloadAsync(cancellationToken);
            if (device.IsRevoked)
            {
                cache.Forget(deviceId);
                return PreparedOutcome.Revoked;
            }
            Record(built);
            await transaction.CommitAsync("PreparePackage",
                new { DeviceId = deviceId, built.PackageId, Documents = built.Record.DocumentCount, built.Record.ExpiresAtUtc }, cancellationToken);
        }
        if (await KeepAsync(built, cancellationToken) is null)
            logger.LogWarning("Documents: the package {PackageId} prepared for device {DeviceId} was not kept; its next sync builds one", built.PackageId, deviceId);
        return PreparedOutcome.Prepared;
    }

    /// <summary>
    /// What a full package's content depends on: its fixed recipient, and each readable document's version, last change and
    /// classification — nothing of the caller, so the fetch finds what the preparer made.
    /// </summary>
    private static string ContentKey(PackageRecipient recipient, IEnumerable<Document> readable)
    {
        var text = new System.Text.StringBuilder($"v2|{recipient.Label}|{recipient.UserId}");
        foreach (var d in readable.OrderBy(d => d.Id.Value))
            text.Append('|').Append(d.Id.Value.ToString("N")).Append(':').Append(d.CurrentVersion).Append(':').Append(d.UpdatedAtUtc.Ticks).Append(':').Append(d.Classification);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString())))[..32];
    }

    /// <summary>The recipient fixed on the device at registration; a tablet registered before that has its label read from the roster.</summary>
    private async Task<PackageRecipient> RecipientAsync(TabletDevice device, CancellationToken cancellationToken)
    {
        if (device.RecipientLabel is { Length: > 0 } label) return new PackageRecipient(label, device.RecipientUserId);
        var entry = await roster.FindAsync(device.CongressId, device.DelegateId, cancellationToken);
        return new PackageRecipient(PackageRecipient.LabelOf(entry, device.DelegateId), device.RecipientUserId);
    }
}
