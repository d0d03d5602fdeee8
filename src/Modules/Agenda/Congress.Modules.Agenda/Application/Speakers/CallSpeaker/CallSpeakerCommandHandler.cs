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
        if (speaker.Status == SpeakerStatus.Requested && speaker.Mode == SpeakingMode.Spoken)
        {
            var called = db.Speakers.Where(s => s.ItemId == item.Id && s.Mode == SpeakingMode.Spoken && s.Status != SpeakerStatus.Requested);
            if (item.MaxSpeakers > 0 && await called.CountAsync(cancellationToken) >= item.MaxSpeakers) return SpeakerErrors.LimitReached;
            if (item.MaxPerDelegation > 0 && speaker.Delegation.Length > 0
                && await called.CountAsync(s => s.Delegation == speaker.Delegation, cancellationToken) >= item.MaxPerDelegation)
                return SpeakerErrors.DelegationQuotaReached;
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
