using Congress.Modules.Voting.Domain.Polls;
using Congress.Modules.Voting.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Jobs;

namespace Congress.Modules.Voting.Application.Polls.ClosePoll;

/// <summary>
/// Run on the job port once a poll has closed (its argument is the poll id), off the chair's close: erases what the
/// database kept of which ballots were written together (<see cref="BallotBoxTraces"/>).
/// </summary>
internal sealed class EraseBallotTracesJob(VotingDbContext db) : IJob
{
    public static string KeyFor(PollId pollId) => $"voting.erase-ballot-traces.{pollId.Value:N}";

    public Task ExecuteAsync(JobContext context, CancellationToken cancellationToken) =>
        BallotBoxTraces.EraseAsync(db, new PollId(Guid.Parse(context.Argument!)), cancellationToken);
}
