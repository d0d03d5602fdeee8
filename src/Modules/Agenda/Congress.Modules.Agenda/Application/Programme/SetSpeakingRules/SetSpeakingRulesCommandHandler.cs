using Congress.Modules.Agenda.Domain.Programme;
using Congress.Modules.Agenda.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Agenda.Application.Programme.SetSpeakingRules;

internal sealed class SetSpeakingRulesCommandHandler(AgendaDbContext db) : IRequestHandler<SetSpeakingRulesCommand, Result<ItemDto>>
{
    public async Task<Result<ItemDto>> Handle(SetSpeakingRulesCommand command, CancellationToken cancellationToken)
    {
        var item = await db.ItemAsync(command.CongressId, command.ItemId, cancellationToken);
        if (item is null) return AgendaErrors.ItemNotFound;
        var set = item.SetSpeakingRules(command.MaxSpeakers, command.SecondsPerSpeaker, command.MaxPerDelegation);
        return set.IsSuccess ? ItemDto.From(item) : set.Error!;
    }
}
