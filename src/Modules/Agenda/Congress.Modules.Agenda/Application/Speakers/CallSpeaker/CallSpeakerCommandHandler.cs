using Congress.Modules.Agenda.Domain.Programme;
using Congress.Modules.Agenda.Domain.Speakers;
using Congress.Modules.Agenda.Infrastructure.Persistence;
using Congress.Modules.Attendance.Contracts;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Agenda.Application.Speakers.CallSpeaker;

internal sealed class CallSpeakerCommandHandler(AgendaDbContext db, IAttendanceRegister attendance) : IRequestHandler<CallSpeakerCommand, Result<SpeakerDto>>
{
    public async Task<Result<SpeakerDto>> Handle(CallSpeakerCommand command, CancellationToken cancellationToken)
    {
        var speaker = await SpeakerList.FindAsync(db, command.CongressId, command.SpeakerId, cancellationToken);
        if (speaker is null) return AgendaErrors.SpeakerNotFound;
        var item = await db.Items.AsNoTracking().FirstAsync(i => i.Id == speaker.ItemId, cancellationToken);
        if (item.MaxSpeakers > 0 && speaker.Status == SpeakerStatus.Requested)
        {
            var called = await db.Speakers.CountAsync(s => s.ItemId == item.Id && s.Mode == SpeakingMode.Spoken && s.Status != SpeakerStatus.Requested, cancellationToken);
            if (called >= item.MaxSpeakers) return SpeakerErrors.LimitReached;
        }
        var settings = await db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.CongressId == command.CongressId, cancellationToken);
        if (settings?.RequirePresenceToSpeak == true && speaker.Mode == SpeakingMode.Spoken)
        {
            var present = await attendance.PresentDelegateIdsAsync(command.CongressId, cancellationToken);
            if (present is null || !present.Contains(speaker.DelegateId)) return SpeakerErrors.NotPresent;
        }
        var called2 = speaker.Call();
        return called2.IsSuccess ? SpeakerDto.From(speaker) : called2.Error!;
    }
}
