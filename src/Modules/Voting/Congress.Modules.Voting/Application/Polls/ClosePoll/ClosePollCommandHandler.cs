using Congress.Modules.Voting.Application.Access;
using Congress.Modules.Voting.Application.Ballots;
using Congress.Modules.Voting.Application.Eligibility;
using Congress.Modules.Voting.Domain.Polls;
using Congress.Modules.Voting.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Jobs;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Voting.Application.Polls.ClosePoll;

/// <summary>
/// Closes a poll in a fixed number of round trips whatever the number of ballots: the poll, the count of the register,
/// the closing presence snapshot, one write. The ballot box's pending writes are flushed first, so every ballot
/// acknowledged before the close is in. Once committed, a job rewrites the register and the box so that nothing in the
/// database still groups ballots by the batch that wrote them (<see cref="EraseBallotTracesJob"/>).
/// </summary>
internal sealed class ClosePollCommandHandler(VotingDbContext db, PollAccess access, EligibleDelegates electorate, BallotBox box, IJobScheduler jobs, IClock clock)
    : IRequestHandler<ClosePollCommand, Result<PollDto>>
{
    public async Task<Result<PollDto>> Handle(ClosePollCommand command, CancellationToken cancellationToken)
    {
        var found = await access.FindAsync(command.PollId, cancellationToken);
        if (found.IsFailure) return found.Error!;
        var poll = found.Value;
        if (poll.Status is PollStatus.Closed or PollStatus.Published) return PollDto.From(poll);

        await box.CloseAsync(poll.Id, cancellationToken);
        var cast = await db.Voters.CountAsync(v => v.PollId == poll.Id, cancellationToken);
        var present = await electorate.EligibleNowAsync(poll.CongressId, cancellationToken);
        var closed = poll.Close(present.Count, cast, clock.UtcNow);
        if (closed.IsFailure) return closed.Error!;
        db.AfterCommit(ct => jobs.EnqueueAsync<EraseBallotTracesJob>(EraseBallotTracesJob.KeyFor(poll.Id), poll.Id.Value.ToString(), ct));
        return PollDto.From(poll);
    }
}
