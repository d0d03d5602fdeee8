using Congress.Modules.Agenda.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Agenda.Application.Speakers.AddSpeaker;

/// <summary>The secretariat puts a delegate of this congress on an item's list (anyone else: 400, nothing written).</summary>
internal sealed record AddSpeakerCommand(Guid CongressId, Guid ItemId, Guid DelegateId, string Mode, string? Text = null) : ICommand<Result<SpeakerDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(AgendaRoles.Chair, AccessScope.Congress(CongressId));
}
