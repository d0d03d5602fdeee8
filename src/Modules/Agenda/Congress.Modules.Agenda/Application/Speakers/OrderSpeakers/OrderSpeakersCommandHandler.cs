using Congress.Modules.Agenda.Application.Speakers.ListSpeakers;
using Congress.Modules.Agenda.Domain.Programme;
using Congress.Modules.Agenda.Domain.Speakers;
using Congress.Modules.Agenda.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Agenda.Application.Speakers.OrderSpeakers;

internal sealed class OrderSpeakersCommandHandler(AgendaDbContext db) : IRequestHandler<OrderSpeakersCommand, Result<SpeakersDto>>
{
    public async Task<Result<SpeakersDto>> Handle(OrderSpeakersCommand command, CancellationToken cancellationToken)
    {
        var item = await db.Items.FirstOrDefaultAsync(i => i.Id == new ItemId(command.ItemId) && i.CongressId == command.CongressId, cancellationToken);
        if (item is null) return AgendaErrors.ItemNotFound;
        var spoken = await db.Speakers.Where(s => s.ItemId == item.Id && s.Mode == SpeakingMode.Spoken).ToListAsync(cancellationToken);
        if (command.SpeakerIds.Count != spoken.Count || command.SpeakerIds.Distinct().Count() != spoken.Count
            || !command.SpeakerIds.All(id => spoken.Any(s => s.Id.Value == id)))
            return SpeakerErrors.OrderMismatch;
        for (var i = 0; i < command.SpeakerIds.Count; i++) spoken.Single(s => s.Id.Value == command.SpeakerIds[i]).Reorder(i + 1);
        var written = await db.Speakers.AsNoTracking().Where(s => s.ItemId == item.Id && s.Mode == SpeakingMode.Written).ToListAsync(cancellationToken);
        return ListSpeakersQueryHandler.Build(item, [.. spoken, .. written]);
    }
}
