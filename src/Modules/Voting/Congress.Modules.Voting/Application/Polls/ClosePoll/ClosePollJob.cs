using Congress.Modules.Voting.Domain.Polls;
using Congress.Modules.Voting.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Jobs;
using Congress.Shared.Infrastructure.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Congress.Modules.Voting.Application.Polls.ClosePoll;

/// <summary>
/// The timed close of a poll, run by the job port at the time the chair set (persistent on PostgreSQL). A manual close or
/// a cancellation cancels it on the port; should a run still arrive (a cancellation lost between the commit and the port,
/// a node that had already fired it), it closes only a poll that is open and whose own scheduled close has come — never
/// one that was closed by hand and re-opened since without a timer, or re-opened with a later one.
/// </summary>
internal sealed class ClosePollJob(VotingDbContext db, IMediator mediator, IClock clock, ILogger<ClosePollJob> logger) : IJob
{
    /// <summary>The scheduler may run the job a moment before the instant stored with the poll (PostgreSQL keeps microseconds).</summary>
    private static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(1);

    public static string KeyFor(Guid pollId) => $"voting.close.{pollId}";

    public async Task ExecuteAsync(JobContext context, CancellationToken cancellationToken)
    {
        var pollId = new PollId(Guid.Parse(context.Argument!));
        var poll = await db.Polls.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pollId, cancellationToken);
        if (poll is not { Status: PollStatus.Open, ScheduledCloseAtUtc: { } closeAt } || closeAt > clock.UtcNow + Tolerance)
        {
            logger.LogInformation("Timed close of poll {PollId} skipped: the poll is {Status}, its close scheduled for {CloseAt}",
                context.Argument, poll?.Status, poll?.ScheduledCloseAtUtc);
            return;
        }
        var closed = await mediator.Send(new ClosePollCommand(pollId.Value), cancellationToken);
        if (closed.IsFailure) logger.LogWarning("Timed close of poll {PollId}: {Error}", context.Argument, closed.Error!.Message);
    }
}
