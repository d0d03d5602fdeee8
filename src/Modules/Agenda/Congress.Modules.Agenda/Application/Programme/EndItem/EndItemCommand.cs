using Congress.Modules.Agenda.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Agenda.Application.Programme.EndItem;

/// <summary>The item in progress ends now (its actual end is recorded).</summary>
internal sealed record EndItemCommand(Guid CongressId, Guid ItemId) : ICommand<Result<ItemDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(AgendaRoles.Chair, AccessScope.Congress(CongressId));
}
