using Congress.Modules.Agenda.Domain.Programme;
using Congress.Modules.Agenda.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Agenda.Application.Programme.MoveItem;

internal sealed class MoveItemCommandHandler(AgendaDbContext db) : IRequestHandler<MoveItemCommand, Result<ItemDto>>
{
    public async Task<Result<ItemDto>> Handle(MoveItemCommand command, CancellationToken cancellationToken)
    {
        var item = await db.ItemAsync(command.CongressId, command.ItemId, cancellationToken);
        if (item is null) return AgendaErrors.ItemNotFound;
        var target = await db.SessionAsync(command.CongressId, command.SessionId, cancellationToken);
        if (target is null) return AgendaErrors.SessionNotFound;
        var from = item.SessionId;
        var start = command.PlannedStartUtc is { } planned ? DateTime.SpecifyKind(planned, DateTimeKind.Utc) : item.PlannedStartUtc;
        var moved = item.MoveTo(command.Version, target, command.Position, start, ProgrammeOrder.LocalDay(start));
        if (moved.IsFailure) return moved.Error!;
        if (from != target.Id)
        {
            var left = (await db.ItemsOfAsync(from, cancellationToken)).Where(i => i.Id != item.Id).ToList();
            for (var i = 0; i < left.Count; i++) left[i].Renumber(i + 1);
        }
        var items = (await db.ItemsOfAsync(target.Id, cancellationToken)).Where(i => i.Id != item.Id).ToList();
        ProgrammeOrder.Place(items, item, command.Position);
        return ItemDto.From(item);
    }
}
