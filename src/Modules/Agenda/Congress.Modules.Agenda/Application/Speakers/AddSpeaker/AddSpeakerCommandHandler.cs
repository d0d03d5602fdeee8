using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Agenda.Application.Speakers.AddSpeaker;

internal sealed class AddSpeakerCommandHandler(SpeakerList speakers) : IRequestHandler<AddSpeakerCommand, Result<SpeakerDto>>
{
    public Task<Result<SpeakerDto>> Handle(AddSpeakerCommand command, CancellationToken cancellationToken) =>
        speakers.AddAsync(command.CongressId, command.ItemId, command.DelegateId, command.Mode, command.Text, cancellationToken);
}
