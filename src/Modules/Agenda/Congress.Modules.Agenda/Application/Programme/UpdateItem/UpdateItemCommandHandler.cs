using Congress.Modules.Agenda.Domain.Programme;
using Congress.Modules.Agenda.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Agenda.Application.Programme.UpdateItem;

internal sealed class UpdateItemCommandHandler(AgendaDbContext db) : IRequestHandler<UpdateItemCommand, Result<ItemDto>>
{
    public async Task<Result<ItemDto>> Handle(UpdateItemCommand command, CancellationToken cancellationToken)
    {
        var item = await db.ItemAsync(command.CongressId, command.ItemId, cancellationToken);
        if (item is null) return AgendaErrors.ItemNotFound;
        var session = await db.SessionAsync(command.CongressId, item.SessionId.Value, cancellationToken);
        var start = DateTime.SpecifyKind(command.PlannedStartUtc, DateTimeKind.Utc);
        var replanned = item.Replan(command.Version, command.Title, start, ProgrammeOrder.LocalDay(start), command.PlannedMinutes, command.Presenter, session!);
        return replanned.IsSuccess ? ItemDto.From(item) : replanned.Error!;
    }
}
