using Congress.Modules.Voting.Application.Access;
using Congress.Modules.Voting.Application.Ballots;
using Congress.Modules.Voting.Application.Polls.ClosePoll;
using Congress.Modules.Voting.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Jobs;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Voting.Application.Polls.CancelPoll;

/// <summary>Cancels a poll with its reason (kept with the poll and in the audit trail); a pending timed close goes with it.</summary>
internal sealed class CancelPollCommandHandler(VotingDbContext db, PollAccess access, OpenPolls openPolls, IJobScheduler jobs, IClock clock)
    : IRequestHandler<CancelPollCommand, Result<PollDto>>
{
    public async Task<Result<PollDto>> Handle(CancelPollCommand command, CancellationToken cancellationToken)
    {
        var found = await access.FindAsync(command.PollId, cancellationToken);
        if (found.IsFailure) return found.Error!;
        var cancelled = found.Value.Cancel(command.Reason ?? "", clock.UtcNow);
        if (cancelled.IsFailure) return cancelled.Error!;
        var pollId = found.Value.Id;
        var congressId = found.Value.CongressId;
        db.AfterCommit(async ct =>
        {
            await openPolls.PublishChangeAsync(congressId, pollId, "cancelled", ct); // every host forgets its copy; tablets re-read
            await jobs.CancelAsync(ClosePollJob.KeyFor(pollId.Value), ct);
        });
        return PollDto.From(found.Value);
    }
}
