using Congress.Modules.Voting.Application.Access;
using Congress.Modules.Voting.Application.Ballots;
using Congress.Modules.Voting.Application.Eligibility;
using Congress.Modules.Voting.Application.Polls.ClosePoll;
using Congress.Modules.Voting.Domain.Ballots;
using Congress.Modules.Voting.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Jobs;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Voting.Application.Polls.OpenPoll;

/// <summary>Opens a poll: the eligible delegates are snapshotted now (who may vote), and a timed close is scheduled if asked.</summary>
internal sealed class OpenPollCommandHandler(VotingDbContext db, PollAccess access, EligibleDelegates electorate, OpenPolls openPolls, IJobScheduler jobs, IClock clock)
    : IRequestHandler<OpenPollCommand, Result<PollDto>>
{
    public async Task<Result<PollDto>> Handle(OpenPollCommand command, CancellationToken cancellationToken)
    {
        if (command.CloseAfterMinutes is < 1 or > 24 * 60) return new Error("voting.close_after", "Thời gian biểu quyết phải từ 1 phút đến 24 giờ.");
        var found = await access.FindAsync(command.PollId, cancellationToken);
        if (found.IsFailure) return found.Error!;
        var poll = found.Value;

        var eligible = await electorate.EligibleNowAsync(poll.CongressId, cancellationToken);
        var now = clock.UtcNow;
        DateTime? closeAt = command.CloseAfterMinutes is { } minutes ? now.AddMinutes(minutes) : null;
        var opened = poll.Open(eligible.Count, now, closeAt);
        if (opened.IsFailure) return opened.Error!;
        db.EligibleVoters.AddRange(eligible.Select(d => new EligibleVoter(poll.Id, d.DelegateId, d.Delegation)));
        var pollId = poll.Id;
        var congressId = poll.CongressId;
        db.AfterCommit(async ct =>
        {
            await openPolls.PublishChangeAsync(congressId, pollId, "opened", ct); // every host forgets its copy; tablets re-read
            if (closeAt is { } at) await jobs.ScheduleOnceAsync<ClosePollJob>(ClosePollJob.KeyFor(pollId.Value), at, pollId.Value.ToString(), ct);
        });
        return PollDto.From(poll);
    }
}
