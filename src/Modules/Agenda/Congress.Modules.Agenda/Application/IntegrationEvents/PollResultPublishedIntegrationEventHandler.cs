using Congress.Modules.Agenda.Application.Decisions;
using Congress.Modules.Agenda.Infrastructure.Persistence;
using Congress.Modules.Voting.Contracts;
using Congress.Shared.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Congress.Modules.Agenda.Application.IntegrationEvents;

/// <summary>
/// Voting published a poll's result: the agenda item that asked for the poll is decided, and the elected become the body the
/// item fills. Runs in Agenda's unit of work through the inbox (at most once per message); a poll no item asked for is
/// none of Agenda's business.
/// </summary>
internal sealed class PollResultPublishedIntegrationEventHandler(AgendaDbContext db, ItemDecisions decisions, ILogger<PollResultPublishedIntegrationEventHandler> logger)
    : IIntegrationEventHandler<PollResultPublishedIntegrationEvent>
{
    public async Task HandleAsync(PollResultPublishedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var item = await db.Items.FirstOrDefaultAsync(i => i.PollId == integrationEvent.PollId && i.CongressId == integrationEvent.CongressId, cancellationToken);
        if (item is null) return;
        var decided = await decisions.DecideAsync(item, integrationEvent.Passed, integrationEvent.Elected, byHand: false, item.Body, cancellationToken);
        if (decided.IsFailure)
            logger.LogWarning("Agenda item {ItemId} not decided by poll {PollId}: {Error}", item.Id.Value, integrationEvent.PollId, decided.Error!.Message);
    }
}
