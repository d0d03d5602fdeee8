using Congress.Modules.Agenda.Application.Access;
using Congress.Modules.Agenda.Domain.Programme;
using Congress.Modules.Agenda.Domain.Speakers;
using Congress.Modules.Agenda.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Agenda.Application.Speakers.ListSpeakers;

internal sealed class ListSpeakersQueryHandler(AgendaDbContext db, AgendaAccess access) : IRequestHandler<ListSpeakersQuery, Result<SpeakersDto>>
{
    public async Task<Result<SpeakersDto>> Handle(ListSpeakersQuery query, CancellationToken cancellationToken)
    {
        if (await access.CheckReaderAsync(query.CongressId, cancellationToken) is { } refused) return refused;
        var item = await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == new ItemId(query.ItemId) && i.CongressId == query.CongressId, cancellationToken);
        if (item is null) return AgendaErrors.ItemNotFound;
        var speakers = await db.Speakers.AsNoTracking().Where(s => s.ItemId == item.Id).ToListAsync(cancellationToken);
        return Build(item, speakers);
    }

    public static SpeakersDto Build(AgendaItem item, IReadOnlyList<Speaker> speakers) => new(item.Id.Value, item.MaxSpeakers, item.SecondsPerSpeaker, item.MaxPerDelegation,
        speakers.Where(s => s.Mode == SpeakingMode.Spoken).OrderBy(s => s.Order).Select(SpeakerDto.From).ToList(),
        speakers.Where(s => s.Mode == SpeakingMode.Written).OrderBy(s => s.RequestedAtUtc).Select(SpeakerDto.From).ToList());
}
