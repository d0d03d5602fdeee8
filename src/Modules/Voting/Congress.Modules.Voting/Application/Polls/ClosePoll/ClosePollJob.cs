using Congress.Shared.Infrastructure.Jobs;
using MediatR;
using Microsoft.Extensions.Logging;

namespace Congress.Modules.Voting.Application.Polls.ClosePoll;

/// <summary>The timed close of a poll, run by the job port at the time the chair set (persistent on PostgreSQL).</summary>
internal sealed class ClosePollJob(IMediator mediator, ILogger<ClosePollJob> logger) : IJob
{
    public static string KeyFor(Guid pollId) => $"voting.close.{pollId}";

    public async Task ExecuteAsync(JobContext context, CancellationToken cancellationToken)
    {
        var closed = await mediator.Send(new ClosePollCommand(Guid.Parse(context.Argument!)), cancellationToken);
        if (closed.IsFailure) logger.LogWarning("Timed close of poll {PollId}: {Error}", context.Argument, closed.Error!.Message);
    }
}
