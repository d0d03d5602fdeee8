using Congress.Modules.Agenda.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Agenda.Application.Speakers.CallSpeaker;

/// <summary>
/// The chair calls a spoken turn. Refused when the item's limit of speakers is reached, and — when the congress requires
/// it — when Attendance does not have the delegate in the hall.
/// </summary>
internal sealed record CallSpeakerCommand(Guid CongressId, Guid SpeakerId) : ICommand<Result<SpeakerDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(AgendaRoles.Chair, AccessScope.Congress(CongressId));
}
