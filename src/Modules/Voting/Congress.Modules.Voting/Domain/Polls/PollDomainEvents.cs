using Congress.Shared.Kernel;

namespace Congress.Modules.Voting.Domain.Polls;

internal sealed record PollOpenedDomainEvent(PollId PollId, DateTime OpenedAtUtc, int Eligible, DateTime? ScheduledCloseAtUtc) : IDomainEvent;

internal sealed record PollClosedDomainEvent(PollId PollId, DateTime ClosedAtUtc, int BallotsCast) : IDomainEvent;

internal sealed record PollResultPublishedDomainEvent(PollId PollId, DateTime PublishedAtUtc, PollResult Result) : IDomainEvent;

internal sealed record PollCancelledDomainEvent(PollId PollId, DateTime CancelledAtUtc, string Reason) : IDomainEvent;

internal sealed record PollReopenedDomainEvent(PollId PollId, DateTime ReopenedAtUtc, string Reason) : IDomainEvent;
