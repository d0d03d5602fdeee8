using Congress.Modules.Agenda.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Agenda.Application.Programme.MoveItem;

/// <summary>
/// Moves an item to <paramref name="Position"/> (1 = first) of <paramref name="SessionId"/> (its own or another), at
/// <paramref name="PlannedStartUtc"/> (null: the time it had), which must lie on that session's day.
/// </summary>
internal sealed record MoveItemCommand(Guid CongressId, Guid ItemId, int Version, Guid SessionId, int Position, DateTime? PlannedStartUtc = null)
    : ICommand<Result<ItemDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(AgendaRoles.Chair, AccessScope.Congress(CongressId));
}
