using System.Text;
using Congress.Shared.Kernel;

namespace Congress.Modules.Documents.Domain.Devices;

/// <summary>
/// A tablet registered to one delegate of a congress (docs/adr/0024): the public half of the P-256 key pair the tablet
/// made for itself (packages are encrypted to it; the private half never leaves the tablet), and whether the secretariat
/// revoked it (a lost tablet). A revoked device gets no further package; its attempts are counted.
/// </summary>
internal sealed class TabletDevice
{
    public const int MaxLabelLength = 100;
    public const int MaxReasonLength = 500;

    private TabletDevice() { }

    public Guid Id { get; private set; }
    public Guid CongressId { get; private set; }
    public Guid DelegateId { get; private set; }
    public string Label { get; private set; } = "";
    /// <summary>Base64 SubjectPublicKeyInfo of the device's P-256 key.</summary>
    public string PublicKey { get; private set; } = "";
    public string KeyId { get; private set; } = "";
    public DateTime RegisteredAtUtc { get; private set; }
    public string RegisteredBy { get; private set; } = "";
    public DateTime? RevokedAtUtc { get; private set; }
    public string? RevokedBy { get; private set; }
    public string? RevocationReason { get; private set; }
    public DateTime? LastSyncAtUtc { get; private set; }
    /// <summary>Syncs refused since the revocation: a lost tablet that is still trying.</summary>
    public int RefusedSyncs { get; private set; }
    public DateTime? LastRefusedAtUtc { get; private set; }

    /// <summary>
    /// Who the device's copies are marked for — the delegate's code and full name, fixed at registration (docs/adr/0031), so
    /// that a package is the same whoever fetches it and can be prepared ahead. Null on tablets registered before: their
    /// label is read from the roster when a package is built.
    /// </summary>
    public string? RecipientLabel { get; private set; }

    /// <summary>The delegate's account, when the delegate registered the tablet themselves (the staff preinstalling one do not know it).</summary>
    public Guid? RecipientUserId { get; private set; }

    public bool IsRevoked => RevokedAtUtc is not null;

    public static TabletDevice Register(Guid congressId, Guid delegateId, string label, string publicKey, string keyId, string registeredBy, DateTime nowUtc,
        string? recipientLabel = null, Guid? recipientUserId = null) => new()
    {
        Id = Guid.NewGuid(), CongressId = congressId, DelegateId = delegateId, Label = label.Trim().Normalize(NormalizationForm.FormC),
        PublicKey = publicKey, KeyId = keyId, RegisteredAtUtc = nowUtc, RegisteredBy = registeredBy,
        RecipientLabel = recipientLabel?.Trim().Normalize(NormalizationForm.FormC), RecipientUserId = recipientUserId,
    };

    public Result Revoke(string reason, string by, DateTime nowUtc)
    {
        if (IsRevoked) return Error.Conflict("documents.device.already_revoked", "Máy tính bảng này đã bị thu hồi.");
        RevokedAtUtc = nowUtc;
        RevokedBy = by;
        RevocationReason = reason.Trim().Normalize(NormalizationForm.FormC);
        return Result.Success();
    }

    public void Synced(DateTime nowUtc) => LastSyncAtUtc = nowUtc;

    public void SyncRefused(DateTime nowUtc)
    {
        RefusedSyncs++;
        LastRefusedAtUtc = nowUtc;
    }
}

/// <summary>A package issued to a device: what the server remembers of it (the manifest's hash, its window, its cursor).</summary>
internal sealed class DevicePackage
{
    private DevicePackage() { }

    public Guid Id { get; private set; }
    public Guid DeviceId { get; private set; }
    public DateTime IssuedAtUtc { get; private set; }
    public DateTime ExpiresAtUtc { get; private set; }
    public DateTime? SinceUtc { get; private set; }
    public DateTime AsOfUtc { get; private set; }
    public int DocumentCount { get; private set; }
    public string ManifestSha256 { get; private set; } = "";

    public static DevicePackage Issue(Guid id, Guid deviceId, DateTime issuedAtUtc, DateTime expiresAtUtc, DateTime? sinceUtc, DateTime asOfUtc,
        int documentCount, string manifestSha256) => new()
    {
        Id = id, DeviceId = deviceId, IssuedAtUtc = issuedAtUtc, ExpiresAtUtc = expiresAtUtc, SinceUtc = sinceUtc, AsOfUtc = asOfUtc,
        DocumentCount = documentCount, ManifestSha256 = manifestSha256,
    };
}
