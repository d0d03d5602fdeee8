using Congress.Modules.Agenda.Domain.Programme;
using Congress.Modules.Agenda.Domain.Speakers;
using Congress.Modules.Agenda.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Agenda.Application.Speakers.StartSpeaking;

internal sealed class StartSpeakingCommandHandler(AgendaDbContext db, IClock clock) : IRequestHandler<StartSpeakingCommand, Result<SpeakerDto>>
{
    public async Task<Result<SpeakerDto>> Handle(StartSpeakingCommand command, CancellationToken cancellationToken)
    {
        var speaker = await SpeakerList.FindAsync(db, command.CongressId, command.SpeakerId, cancellationToken);
        if (speaker is null) return AgendaErrors.SpeakerNotFound;
        if (speaker.Status != SpeakerStatus.Speaking
            && await db.Speakers.AnyAsync(s => s.CongressId == command.CongressId && s.Status == SpeakerStatus.Speaking, cancellationToken))
            return SpeakerErrors.AnotherSpeaking;
        var started = speaker.StartTimer(clock.UtcNow);
        return started.IsSuccess ? SpeakerDto.From(speaker) : started.Error!;
    }
}
