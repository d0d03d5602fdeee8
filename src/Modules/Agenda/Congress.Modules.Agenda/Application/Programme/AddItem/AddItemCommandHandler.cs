using Congress.Modules.Agenda.Domain.Programme;
using Congress.Modules.Agenda.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Agenda.Application.Programme.AddItem;

internal sealed class AddItemCommandHandler(AgendaDbContext db) : IRequestHandler<AddItemCommand, Result<ItemDto>>
{
    public async Task<Result<ItemDto>> Handle(AddItemCommand command, CancellationToken cancellationToken)
    {
        var session = await db.SessionAsync(command.CongressId, command.SessionId, cancellationToken);
        if (session is null) return AgendaErrors.SessionNotFound;
        var start = DateTime.SpecifyKind(command.PlannedStartUtc, DateTimeKind.Utc);
        var item = AgendaItem.Plan(session, command.Title, Enum.Parse<ItemKind>(command.Kind), start, ProgrammeOrder.LocalDay(start),
            command.PlannedMinutes, command.Presenter);
        if (item.IsFailure) return item.Error!;
        var items = await db.ItemsOfAsync(session.Id, cancellationToken);
        ProgrammeOrder.Place(items, item.Value, command.Position);
        db.Items.Add(item.Value);
        return ItemDto.From(item.Value);
    }
}
