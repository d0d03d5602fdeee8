using Congress.Modules.Voting.Contracts;
using Congress.Modules.Voting.Domain.Polls;
using Congress.Modules.Voting.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Persistence;

namespace Congress.Modules.Voting.Application.IntegrationEvents;

/// <summary>Tells Agenda and Reporting what polls did, through the outbox, in the same transaction as the change.</summary>
internal sealed class PublishVotingIntegrationEvents(VotingDbContext db) :
    IDomainEventHandler<PollOpenedDomainEvent>,
    IDomainEventHandler<PollClosedDomainEvent>,
    IDomainEventHandler<PollResultPublishedDomainEvent>
{
    public async Task HandleAsync(PollOpenedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        var poll = await TrackedAsync(domainEvent.PollId, cancellationToken);
        db.Publish(new PollOpenedIntegrationEvent(poll.Id.Value, poll.CongressId, poll.Title, poll.Definition.Kind.ToString(), domainEvent.Eligible));
    }

    public async Task HandleAsync(PollClosedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        var poll = await TrackedAsync(domainEvent.PollId, cancellationToken);
        db.Publish(new PollClosedIntegrationEvent(poll.Id.Value, poll.CongressId, domainEvent.BallotsCast));
    }

    public async Task HandleAsync(PollResultPublishedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        var poll = await TrackedAsync(domainEvent.PollId, cancellationToken);
        var result = domainEvent.Result;
        db.Publish(new PollResultPublishedIntegrationEvent(poll.Id.Value, poll.CongressId, poll.Title, poll.Definition.Kind.ToString(),
            result.Outcome.Passed, result.BallotsCast, result.Valid, result.Invalid, result.Outcome.Elected.Select(o => o.Key).ToList(),
            result.Outcome.Elected.Select(o => new ElectedCandidate(o.Key, o.Label, result.Choices.FirstOrDefault(c => c.Choice.Key == o.Key)?.Votes ?? 0)).ToList()));
    }

    private async Task<Poll> TrackedAsync(PollId id, CancellationToken cancellationToken) =>
        await db.Polls.FindAsync([id], cancellationToken) ?? throw new InvalidOperationException($"Poll {id} is gone.");
}
