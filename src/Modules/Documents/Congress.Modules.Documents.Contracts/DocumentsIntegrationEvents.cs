using Congress.Shared.Contracts;

namespace Congress.Modules.Documents.Contracts;

/// <summary>A document was published to a congress, or got a new version (<paramref name="Version"/> above 1): tablets sync it.</summary>
/// <param name="Classification">"Public", "Internal" or "Confidential".</param>
public sealed record DocumentVersionPublishedIntegrationEvent(Guid DocumentId, Guid CongressId, int Version, string Title, string Classification) : IntegrationEvent;
