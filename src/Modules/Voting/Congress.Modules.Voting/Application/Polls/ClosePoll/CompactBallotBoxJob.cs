using Congress.Modules.Voting.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Jobs;

namespace Congress.Modules.Voting.Application.Polls.ClosePoll;

/// <summary>Run on the job port after a poll closes: drops what the database kept of the order ballots were written in.</summary>
internal sealed class CompactBallotBoxJob(VotingDbContext db) : IJob
{
    public const string Key = "voting.compact-ballot-box";

    public Task ExecuteAsync(JobContext context, CancellationToken cancellationToken) => BallotBoxTraces.CompactAsync(db, cancellationToken);
}
