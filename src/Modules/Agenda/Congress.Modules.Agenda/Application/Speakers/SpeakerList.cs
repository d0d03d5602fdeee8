using Congress.Modules.Agenda.Domain.Programme;
using Congress.Modules.Agenda.Domain.Speakers;
using Congress.Modules.Agenda.Infrastructure.Persistence;
using Congress.Modules.Delegates.Contracts;
using Congress.Shared.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Agenda.Application.Speakers;

/// <summary>Putting a delegate on an item's list, from the tablet or by the secretariat: the same checks either way.</summary>
internal sealed class SpeakerList(AgendaDbContext db, IDelegateRoster roster, Congress.Shared.Infrastructure.Time.IClock clock)
{
    public async Task<Result<SpeakerDto>> AddAsync(Guid congressId, Guid itemId, Guid delegateId, string mode, string? text, CancellationToken ct)
    {
        var item = await db.Items.FirstOrDefaultAsync(i => i.Id == new ItemId(itemId) && i.CongressId == congressId, ct);
        if (item is null) return AgendaErrors.ItemNotFound;
        var entry = await roster.FindAsync(congressId, delegateId, ct);
        if (entry is null) return SpeakerErrors.NotADelegate;
        var speakingMode = Enum.Parse<SpeakingMode>(mode);
        if (await db.Speakers.AnyAsync(s => s.ItemId == item.Id && s.DelegateId == delegateId && s.Mode == speakingMode, ct))
            return SpeakerErrors.AlreadyListed;
        var order = await db.Speakers.Where(s => s.ItemId == item.Id).Select(s => (int?)s.Order).MaxAsync(ct) ?? 0;
        var speaker = Speaker.Request(item, delegateId, entry.Code, entry.FullName, entry.Delegation, speakingMode, text, order + 1, clock.UtcNow);
        db.Speakers.Add(speaker);
        return SpeakerDto.From(speaker);
    }

    public static Task<Speaker?> FindAsync(AgendaDbContext db, Guid congressId, Guid speakerId, CancellationToken ct) =>
        db.Speakers.FirstOrDefaultAsync(s => s.Id == new SpeakerId(speakerId) && s.CongressId == congressId, ct);
}
