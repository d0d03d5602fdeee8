using Congress.Modules.Agenda.Domain.Programme;
using Congress.Modules.Agenda.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Agenda.Application.Programme.StartItem;

internal sealed class StartItemCommandHandler(AgendaDbContext db, IClock clock) : IRequestHandler<StartItemCommand, Result<ItemDto>>
{
    public async Task<Result<ItemDto>> Handle(StartItemCommand command, CancellationToken cancellationToken)
    {
        var item = await db.ItemAsync(command.CongressId, command.ItemId, cancellationToken);
        if (item is null) return AgendaErrors.ItemNotFound;
        var now = clock.UtcNow;
        var running = await db.Items.Where(i => i.CongressId == command.CongressId && i.Status == ItemStatus.InProgress && i.Id != item.Id)
            .ToListAsync(cancellationToken);
        foreach (var other in running) other.End(now);
        var started = item.Start(now);
        return started.IsSuccess ? ItemDto.From(item) : started.Error!;
    }
}
