using Congress.Shared.Contracts;

namespace Congress.Modules.Documents.Contracts;

/// <summary>A document was published to a congress, or got a new version (<paramref name="Version"/> above 1): tablets sync it.</summary>
/// <param name="Classification">"Public", "Internal" or "Confidential".</param>
public sealed record DocumentVersionPublishedIntegrationEvent(Guid DocumentId, Guid CongressId, int Version, string Title, string Classification) : IntegrationEvent;

/// <summary>
/// A delegate's tablet was revoked (lost, stolen): it gets no further package, and the delegate's signed-in sessions end —
/// Identity renews the security stamp of the account linked to <paramref name="DelegateId"/> (docs/adr/0028).
/// </summary>
public sealed record TabletDeviceRevokedIntegrationEvent(Guid DeviceId, Guid CongressId, Guid DelegateId, string Reason) : IntegrationEvent;
