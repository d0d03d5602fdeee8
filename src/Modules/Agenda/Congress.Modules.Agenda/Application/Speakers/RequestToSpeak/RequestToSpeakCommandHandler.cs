using Congress.Modules.Agenda.Application.Access;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Agenda.Application.Speakers.RequestToSpeak;

internal sealed class RequestToSpeakCommandHandler(SpeakerList speakers, ICurrentUser user) : IRequestHandler<RequestToSpeakCommand, Result<SpeakerDto>>
{
    public async Task<Result<SpeakerDto>> Handle(RequestToSpeakCommand command, CancellationToken cancellationToken)
    {
        if (user.DelegateId is not { } delegateId) return RequestAuthoriser.NotADelegate;
        var added = await speakers.AddAsync(command.CongressId, command.ItemId, delegateId, command.Mode, command.Text, cancellationToken);
        // A delegate of another congress learns nothing of this one's items.
        return added.IsFailure && added.Error!.Code == "agenda.speaker.not_a_delegate" ? AgendaAccess.CongressNotFound : added;
    }
}
