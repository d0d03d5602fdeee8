using Congress.Modules.Agenda.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Agenda.Application.Programme.SetSpeakingRules;

/// <summary>How many may speak on an item (0: no limit), the seconds each is given (0: none shown) and how many of one delegation may speak (0: no quota).</summary>
internal sealed record SetSpeakingRulesCommand(Guid CongressId, Guid ItemId, int MaxSpeakers, int SecondsPerSpeaker, int MaxPerDelegation = 0) : ICommand<Result<ItemDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(AgendaRoles.Chair, AccessScope.Congress(CongressId));
}
