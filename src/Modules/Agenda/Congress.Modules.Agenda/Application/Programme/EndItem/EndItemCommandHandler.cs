using Congress.Modules.Agenda.Domain.Programme;
using Congress.Modules.Agenda.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Agenda.Application.Programme.EndItem;

internal sealed class EndItemCommandHandler(AgendaDbContext db, IClock clock) : IRequestHandler<EndItemCommand, Result<ItemDto>>
{
    public async Task<Result<ItemDto>> Handle(EndItemCommand command, CancellationToken cancellationToken)
    {
        var item = await db.ItemAsync(command.CongressId, command.ItemId, cancellationToken);
        if (item is null) return AgendaErrors.ItemNotFound;
        var ended = item.End(clock.UtcNow);
        return ended.IsSuccess ? ItemDto.From(item) : ended.Error!;
    }
}
