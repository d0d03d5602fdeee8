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
/// Closes a poll in a fixed number of round trips whatever the number of ballots: the poll, its lock, the count of the
/// register, the closing presence snapshot, one write. Only an open poll closes; a closed or published one answers as it
/// is, and any other (a draft, a cancelled poll) is refused with nothing changed, here or in any host's memory.
/// <para>
/// The close never waits for a ballot writer: on SQLite it holds the database's write lock from its first statement (the
/// transaction begins IMMEDIATE), so a writer it waited for could never commit. The order comes from the database alone
/// (<see cref="PollLocks"/>): a batch that committed before the close is counted, and one after finds the poll closed and
/// is refused — on any host, with no flag in any host's memory. The box stays sealed: the tally reads it so, and once the
/// result is published a job opens it (<see cref="PublishResult.EraseBallotTracesJob"/>).
/// </para>
/// A timed close still pending on the job port is cancelled with the close.
/// </summary>
internal sealed class ClosePollCommandHandler(
    VotingDbContext db, PollAccess access, EligibleDelegates electorate, OpenPolls openPolls, IJobScheduler jobs, IClock clock)
    : IRequestHandler<ClosePollCommand, Result<PollDto>>
{
    public async Task<Result<PollDto>> Handle(ClosePollCommand command, CancellationToken cancellationToken)
    {
        var found = await access.FindAsync(command.PollId, cancellationToken);
        if (found.IsFailure) return found.Error!;
        var poll = found.Value;
        if (poll.Status is PollStatus.Closed or PollStatus.Published) return PollDto.From(poll);
        if (poll.Status != PollStatus.Open) return PollErrors.InvalidStatus("kết thúc biểu quyết", poll.Status);

        await PollLocks.ForCloseAsync(db, poll.Id, cancellationToken);
        await db.Entry(poll).ReloadAsync(cancellationToken); // closed by another host while this one waited?
        if (poll.Status is PollStatus.Closed or PollStatus.Published) return PollDto.From(poll);
        var cast = await db.Voters.CountAsync(v => v.PollId == poll.Id, cancellationToken);
        var present = await electorate.EligibleNowAsync(poll.CongressId, cancellationToken);
        var closed = poll.Close(present.Count, cast, clock.UtcNow);
        if (closed.IsFailure) return closed.Error!;
        var pollId = poll.Id;
        var congressId = poll.CongressId;
        db.AfterCommit(async ct =>
        {
            await openPolls.PublishChangeAsync(congressId, pollId, "closed", ct); // every host forgets its copy; tablets re-read
            await jobs.CancelAsync(ClosePollJob.KeyFor(pollId.Value), ct);
        });
        return PollDto.From(poll);
    }
}
