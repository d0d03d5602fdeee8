using Congress.Modules.Agenda.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Agenda.Application.Speakers.RequestToSpeak;

/// <summary>The signed-in delegate asks to speak on an item from the tablet (the delegate is the caller, never a field of the request).</summary>
/// <param name="Mode">"Spoken" (in the hall) or "Written" (a written contribution, with its <paramref name="Text"/>).</param>
internal sealed record RequestToSpeakCommand(Guid CongressId, Guid ItemId, string Mode, string? Text = null) : ICommand<Result<SpeakerDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(AgendaRoles.Speak, AccessScope.OwnDelegate);
}
