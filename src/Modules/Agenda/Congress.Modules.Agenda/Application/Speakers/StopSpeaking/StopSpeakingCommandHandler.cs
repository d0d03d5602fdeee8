using Congress.Modules.Agenda.Domain.Programme;
using Congress.Modules.Agenda.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Agenda.Application.Speakers.StopSpeaking;

internal sealed class StopSpeakingCommandHandler(AgendaDbContext db, IClock clock) : IRequestHandler<StopSpeakingCommand, Result<SpeakerDto>>
{
    public async Task<Result<SpeakerDto>> Handle(StopSpeakingCommand command, CancellationToken cancellationToken)
    {
        var speaker = await SpeakerList.FindAsync(db, command.CongressId, command.SpeakerId, cancellationToken);
        if (speaker is null) return AgendaErrors.SpeakerNotFound;
        var stopped = speaker.StopTimer(clock.UtcNow);
        return stopped.IsSuccess ? SpeakerDto.From(speaker) : stopped.Error!;
    }
}
