using Congress.Modules.Voting.Application.Access;
using Congress.Modules.Voting.Application.Ballots;
using Congress.Modules.Voting.Domain.Polls;
using Congress.Modules.Voting.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Jobs;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Voting.Application.Polls.PublishResult;

/// <summary>
/// The tally: one read of the ballot box (sealed and opened rows together) and one count of the register of who voted,
/// the count in memory, one write of the result (and its integration event). The poll refuses a result that disagrees
/// with its box or its register (<see cref="Poll.Publish"/>). Once committed, the job that opens the box and erases the
/// traces of who voted in which batch is queued (<see cref="EraseBallotTracesJob"/>).
/// </summary>
internal sealed class PublishResultCommandHandler(VotingDbContext db, PollAccess access, BallotSeal seal, IJobScheduler jobs, IClock clock) : IRequestHandler<PublishResultCommand, Result<PollDto>>
{
    public async Task<Result<PollDto>> Handle(PublishResultCommand command, CancellationToken cancellationToken)
    {
        var found = await access.FindAsync(command.PollId, cancellationToken);
        if (found.IsFailure) return found.Error!;
        var poll = found.Value;
        if (poll.Status == PollStatus.Published) return PollDto.From(poll);

        var ballots = await seal.ReadBoxAsync(db, poll.Id, cancellationToken);
        var registered = await db.Voters.CountAsync(v => v.PollId == poll.Id, cancellationToken);
        var published = poll.Publish(ballots, registered, clock.UtcNow);
        if (published.IsFailure) return published.Error!;
        db.AfterCommit(ct => jobs.EnqueueAsync<EraseBallotTracesJob>(EraseBallotTracesJob.KeyFor(poll.Id), poll.Id.Value.ToString(), ct));
        return PollDto.From(poll);
    }
}
