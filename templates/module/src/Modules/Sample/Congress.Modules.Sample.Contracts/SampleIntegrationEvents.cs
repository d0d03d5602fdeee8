using Congress.Shared.Contracts;

namespace Congress.Modules.Sample.Contracts;

public sealed record NoteAddedIntegrationEvent(Guid NoteId, Guid CongressId, string Text) : IntegrationEvent;
