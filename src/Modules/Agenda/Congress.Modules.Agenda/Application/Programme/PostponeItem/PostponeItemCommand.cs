using Congress.Modules.Agenda.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Agenda.Application.Programme.PostponeItem;

/// <summary>Takes a planned item out of the running order (hoãn), with the reason shown on the tablets; moving it back re-plans it.</summary>
internal sealed record PostponeItemCommand(Guid CongressId, Guid ItemId, int Version, string Reason) : ICommand<Result<ItemDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(AgendaRoles.Chair, AccessScope.Congress(CongressId));
}
