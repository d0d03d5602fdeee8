using Congress.Modules.Agenda.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Agenda.Application.Programme.UpdateItem;

/// <summary>Re-plans an item; <paramref name="Version"/> is the one the editor read (an older one: 409, nothing changed).</summary>
internal sealed record UpdateItemCommand(
    Guid CongressId, Guid ItemId, int Version, string Title, DateTime PlannedStartUtc, int PlannedMinutes, string? Presenter) : ICommand<Result<ItemDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(AgendaRoles.Chair, AccessScope.Congress(CongressId));
}
