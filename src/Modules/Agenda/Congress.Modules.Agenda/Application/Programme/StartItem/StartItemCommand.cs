using Congress.Modules.Agenda.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Agenda.Application.Programme.StartItem;

/// <summary>The item begins now (its actual start is recorded); an item still in progress ends at the same moment.</summary>
internal sealed record StartItemCommand(Guid CongressId, Guid ItemId) : ICommand<Result<ItemDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(AgendaRoles.Chair, AccessScope.Congress(CongressId));
}
