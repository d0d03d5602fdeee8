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
/// register, the closing presence snapshot, one write. This host's ballot box is flushed first and the poll's row locked
/// (<see cref="PollLocks"/>), so every ballot acknowledged anywhere before the close is in. The box stays sealed: the
/// tally reads it so, and once the result is published a job opens it (<see cref="PublishResult.EraseBallotTracesJob"/>).
/// </summary>
internal sealed class ClosePollCommandHandler(
    VotingDbContext db, PollAccess access, EligibleDelegates electorate, BallotBox box, IJobScheduler jobs, IClock clock)
    : IRequestHandler<ClosePollCommand, Result<PollDto>>
{
    public async Task<Result<PollDto>> Handle(ClosePollCommand command, CancellationToken cancellationToken)
    {
        var found = await access.FindAsync(command.PollId, cancellationToken);
        if (found.IsFailure) return found.Error!;
        var poll = found.Value;
        if (poll.Status is PollStatus.Closed or PollStatus.Published) return PollDto.From(poll);

        await box.CloseAsync(poll.Id, cancellationToken);
        await PollLocks.ForCloseAsync(db, poll.Id, cancellationToken);
        await db.Entry(poll).ReloadAsync(cancellationToken); // closed by another host while this one waited?
        if (poll.Status is PollStatus.Closed or PollStatus.Published) return PollDto.From(poll);
        var cast = await db.Voters.CountAsync(v => v.PollId == poll.Id, cancellationToken);
        var present = await electorate.EligibleNowAsync(poll.CongressId, cancellationToken);
        var closed = poll.Close(present.Count, cast, clock.UtcNow);
        if (closed.IsFailure) return closed.Error!;
        // A close by hand cancels the timed close, so that it cannot close the poll again once it is reopened.
        db.AfterCommit(ct => jobs.CancelAsync(ClosePollJob.KeyFor(poll.Id.Value), ct));
        return PollDto.From(poll);
    }
}
