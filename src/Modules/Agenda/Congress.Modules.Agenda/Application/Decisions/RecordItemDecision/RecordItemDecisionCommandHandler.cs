using Congress.Modules.Agenda.Application.Programme;
using Congress.Modules.Agenda.Domain.Programme;
using Congress.Modules.Agenda.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Agenda.Application.Decisions.RecordItemDecision;

internal sealed class RecordItemDecisionCommandHandler(AgendaDbContext db, ItemDecisions decisions) : IRequestHandler<RecordItemDecisionCommand, Result<ItemDto>>
{
    public async Task<Result<ItemDto>> Handle(RecordItemDecisionCommand command, CancellationToken cancellationToken)
    {
        var item = await db.ItemAsync(command.CongressId, command.ItemId, cancellationToken);
        if (item is null) return AgendaErrors.ItemNotFound;
        var elected = (command.Elected ?? []).Select(e => e.Trim()).Where(e => e.Length > 0).ToList();
        var decided = await decisions.DecideAsync(item, command.Passed, elected, byHand: true, Enum.Parse<CongressBody>(command.Body), cancellationToken);
        return decided.IsSuccess ? ItemDto.From(item) : decided.Error!;
    }
}
