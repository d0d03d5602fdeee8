using Congress.Modules.Agenda.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Agenda.Application.Programme.AddItem;

/// <param name="Kind">"Report", "Discussion", "Vote", "Election", "Ceremony" or "Break".</param>
/// <param name="Position">Where to insert it (1 = first); null: at the end.</param>
internal sealed record AddItemCommand(
    Guid CongressId, Guid SessionId, string Title, string Kind, DateTime PlannedStartUtc, int PlannedMinutes, string? Presenter, int? Position = null)
    : ICommand<Result<ItemDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(AgendaRoles.Chair, AccessScope.Congress(CongressId));
}
