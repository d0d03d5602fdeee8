using Congress.Modules.Voting.Application.Access;
using Congress.Modules.Voting.Application.Ballots;
using Congress.Modules.Voting.Application.Polls.ClosePoll;
using Congress.Modules.Voting.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Jobs;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Voting.Application.Polls.ReopenPoll;

internal sealed class ReopenPollCommandHandler(VotingDbContext db, PollAccess access, BallotBox box, IJobScheduler jobs, IClock clock) : IRequestHandler<ReopenPollCommand, Result<PollDto>>
{
    public async Task<Result<PollDto>> Handle(ReopenPollCommand command, CancellationToken cancellationToken)
    {
        var found = await access.FindAsync(command.PollId, cancellationToken);
        if (found.IsFailure) return found.Error!;
        var now = clock.UtcNow;
        DateTime? closeAt = command.CloseAfterMinutes is { } minutes ? now.AddMinutes(minutes) : null;
        var reopened = found.Value.ReOpen(command.Reason ?? "", now, closeAt);
        if (reopened.IsFailure) return reopened.Error!;
        var pollId = found.Value.Id.Value;
        db.AfterCommit(_ => { box.Reopen(found.Value.Id); return Task.CompletedTask; });
        if (closeAt is { } at) db.AfterCommit(ct => jobs.ScheduleOnceAsync<ClosePollJob>(ClosePollJob.KeyFor(pollId), at, pollId.ToString(), ct));
        return PollDto.From(found.Value);
    }
}
