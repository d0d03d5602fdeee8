using Congress.Modules.Voting.Application.Ballots;
using Congress.Modules.Voting.Domain.Polls;
using Congress.Modules.Voting.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Jobs;

namespace Congress.Modules.Voting.Application.Polls.PublishResult;

/// <summary>
/// Run on the job port once a poll's result is published (its argument is the poll id), off the chair's requests, so
/// it never holds up the close or the tally. In one transaction,
/// under the poll's row lock: opens the sealed box into readable ballots, which carry this transaction's mark and no
/// voter's, and rewrites the register so that nothing groups voters by the batch that wrote them. Then drops what the
/// database kept of the rows before (<see cref="BallotBoxTraces"/>). Idempotent: a second run finds nothing sealed.
/// </summary>
internal sealed class EraseBallotTracesJob(VotingDbContext db, BallotSeal seal) : IJob
{
    public static string KeyFor(PollId pollId) => $"voting.erase-ballot-traces.{pollId.Value:N}";

    public async Task ExecuteAsync(JobContext context, CancellationToken cancellationToken)
    {
        var pollId = new PollId(Guid.Parse(context.Argument!));
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await PollLocks.ForCloseAsync(db, pollId, cancellationToken);
            await seal.UnsealAsync(db, pollId, cancellationToken);
            await BallotBoxTraces.RewriteAsync(db, pollId, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        await BallotBoxTraces.CompactAsync(db, cancellationToken);
    }
}
