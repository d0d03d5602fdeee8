using Congress.Modules.Agenda.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Agenda.Application.Speakers.StopSpeaking;

/// <summary>Stops a running speaking timer; the seconds spoken are added to the turn.</summary>
internal sealed record StopSpeakingCommand(Guid CongressId, Guid SpeakerId) : ICommand<Result<SpeakerDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(AgendaRoles.Chair, AccessScope.Congress(CongressId));
}
