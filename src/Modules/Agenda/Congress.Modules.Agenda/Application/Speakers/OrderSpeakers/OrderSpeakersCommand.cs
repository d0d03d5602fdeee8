using Congress.Modules.Agenda.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Agenda.Application.Speakers.OrderSpeakers;

/// <summary>The chair's order of an item's spoken turns: every one of them, once.</summary>
internal sealed record OrderSpeakersCommand(Guid CongressId, Guid ItemId, IReadOnlyList<Guid> SpeakerIds) : ICommand<Result<SpeakersDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(AgendaRoles.Chair, AccessScope.Congress(CongressId));
}
