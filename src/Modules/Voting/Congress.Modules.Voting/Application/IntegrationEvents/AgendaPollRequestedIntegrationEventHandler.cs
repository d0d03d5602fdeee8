using Congress.Modules.Agenda.Contracts;
using Congress.Modules.Voting.Domain.Polls;
using Congress.Modules.Voting.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Outbox;
using Congress.Shared.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Congress.Modules.Voting.Application.IntegrationEvents;

/// <summary>
/// Agenda asked for the poll of a vote or election item: a draft poll prefilled from the item, with the id Agenda chose (so
/// the published result finds the item again). Idempotent: a poll with that id already there changes nothing. The chair
/// opens, closes and publishes it in Voting as any other poll. A request Voting's rules refuse (an election by show of hands,
/// a list with a bad name) is logged and dropped: retrying it would not make it valid.
/// </summary>
internal sealed class AgendaPollRequestedIntegrationEventHandler(VotingDbContext db, IClock clock, ILogger<AgendaPollRequestedIntegrationEventHandler> logger)
    : IIntegrationEventHandler<AgendaPollRequestedIntegrationEvent>
{
    public async Task HandleAsync(AgendaPollRequestedIntegrationEvent request, CancellationToken cancellationToken)
    {
        var id = new PollId(request.PollId);
        if (await db.Polls.AnyAsync(p => p.Id == id, cancellationToken)) return;

        var options = request.Options.Select(o => new PollOption(o.Key, o.Label)).ToList();
        var definition = request.Kind switch
        {
            "Motion" => PollDefinition.Motion(),
            "ListApproval" => PollDefinition.ListApproval(options, Enum.Parse<ListApprovalMode>(request.ApprovalMode ?? nameof(ListApprovalMode.NameByName))),
            _ => PollDefinition.Election(request.Seats, options),
        };
        if (definition.IsFailure || !Enum.TryParse<PollVisibility>(request.Visibility, out var visibility))
        {
            logger.LogWarning("Agenda item {ItemId} asked for a poll Voting cannot make: {Error}", request.ItemId, definition.Error?.Message ?? request.Visibility);
            return;
        }
        var poll = Poll.CreateRequested(id, request.CongressId, request.Title, definition.Value, visibility, ElectionRules.Default, clock.UtcNow);
        if (poll.IsFailure)
        {
            logger.LogWarning("Agenda item {ItemId} asked for a poll Voting cannot make: {Error}", request.ItemId, poll.Error!.Message);
            return;
        }
        db.Polls.Add(poll.Value);
    }
}
