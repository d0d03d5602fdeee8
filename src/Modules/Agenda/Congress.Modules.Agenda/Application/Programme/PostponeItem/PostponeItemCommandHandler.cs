using Congress.Modules.Agenda.Domain.Programme;
using Congress.Modules.Agenda.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Agenda.Application.Programme.PostponeItem;

internal sealed class PostponeItemCommandHandler(AgendaDbContext db) : IRequestHandler<PostponeItemCommand, Result<ItemDto>>
{
    public async Task<Result<ItemDto>> Handle(PostponeItemCommand command, CancellationToken cancellationToken)
    {
        var item = await db.ItemAsync(command.CongressId, command.ItemId, cancellationToken);
        if (item is null) return AgendaErrors.ItemNotFound;
        var postponed = item.Postpone(command.Version, command.Reason);
        return postponed.IsSuccess ? ItemDto.From(item) : postponed.Error!;
    }
}
