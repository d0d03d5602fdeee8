using Congress.Modules.Voting.Application.Access;
using Congress.Modules.Voting.Application.Ballots;
using Congress.Modules.Voting.Application.Polls.ClosePoll;
using Congress.Modules.Voting.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Jobs;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Voting.Application.Polls.ReopenPoll;

/// <summary>
/// Re-opens a closed poll whose result is not published (a published one never re-opens: docs/adr/0009, "Property").
/// Every host takes its ballots again within a second, from the database; nothing in this host's memory decides it.
/// </summary>
internal sealed class ReopenPollCommandHandler(VotingDbContext db, PollAccess access, OpenPolls openPolls, IJobScheduler jobs, IClock clock)
    : IRequestHandler<ReopenPollCommand, Result<PollDto>>
{
    public async Task<Result<PollDto>> Handle(ReopenPollCommand command, CancellationToken cancellationToken)
    {
        if (command.CloseAfterMinutes is < 1 or > 24 * 60) return new Error("voting.close_after", "Thời gian biểu quyết phải từ 1 phút đến 24 giờ.");
        var found = await access.FindAsync(command.PollId, cancellationToken);
        if (found.IsFailure) return found.Error!;
        var now = clock.UtcNow;
        DateTime? closeAt = command.CloseAfterMinutes is { } minutes ? now.AddMinutes(minutes) : null;
        var reopened = found.Value.ReOpen(command.Reason ?? "", now, closeAt);
        if (reopened.IsFailure) return reopened.Error!;
        var pollId = found.Value.Id;
        var congressId = found.Value.CongressId;
        db.AfterCommit(async ct =>
        {
            await openPolls.PublishChangeAsync(congressId, pollId, "reopened", ct); // every host forgets its copy; tablets re-read
            if (closeAt is { } at) await jobs.ScheduleOnceAsync<ClosePollJob>(ClosePollJob.KeyFor(pollId.Value), at, pollId.Value.ToString(), ct);
            else await jobs.CancelAsync(ClosePollJob.KeyFor(pollId.Value), ct);
        });
        return PollDto.From(found.Value);
    }
}
