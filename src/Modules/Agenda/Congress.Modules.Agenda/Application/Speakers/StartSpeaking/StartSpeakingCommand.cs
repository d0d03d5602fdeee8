using Congress.Modules.Agenda.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Agenda.Application.Speakers.StartSpeaking;

/// <summary>Starts the speaking timer of a called speaker; a timer already running (this one or another's in the congress): 409.</summary>
internal sealed record StartSpeakingCommand(Guid CongressId, Guid SpeakerId) : ICommand<Result<SpeakerDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(AgendaRoles.Chair, AccessScope.Congress(CongressId));
}
