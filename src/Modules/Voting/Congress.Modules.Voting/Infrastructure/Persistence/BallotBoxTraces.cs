using Congress.Modules.Voting.Domain.Polls;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Voting.Infrastructure.Persistence;

/// <summary>
/// What the database itself keeps of when each register row and ballot was written, erased once a poll closes
/// (docs/adr/0009). On PostgreSQL every row carries the id of the transaction that wrote it (xmin) and sits where it was
/// appended, and deleted or superseded versions stay in the table until it is rewritten.
/// </summary>
internal static class BallotBoxTraces
{
    /// <summary>
    /// Inside the caller's transaction. PostgreSQL: every register row and ballot of the poll rewritten, so they all carry
    /// this transaction's id instead of their batch's. SQLite keeps no per-row transaction id: nothing to do.
    /// </summary>
    public static async Task RewriteAsync(VotingDbContext db, PollId pollId, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql()) return;
        await db.Voters.Where(v => v.PollId == pollId).ExecuteUpdateAsync(s => s.SetProperty(v => v.DelegateId, v => v.DelegateId), cancellationToken);
        await db.Ballots.Where(b => b.PollId == pollId).ExecuteUpdateAsync(s => s.SetProperty(b => b.Selections, b => b.Selections), cancellationToken);
    }

    /// <summary>
    /// After the commit, so the superseded and deleted versions are dead to every transaction. PostgreSQL: the three tables
    /// rewritten in key order without them (CLUSTER). SQLite (WITHOUT ROWID tables, ordered by key): the write-ahead log,
    /// which holds the pages of each commit, folded into the database and emptied.
    /// </summary>
    public static async Task CompactAsync(VotingDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
            return;
        }
        await db.Database.ExecuteSqlRawAsync("""CLUSTER "voting"."voters" USING "PK_voters";""", cancellationToken);
        await db.Database.ExecuteSqlRawAsync("""CLUSTER "voting"."ballots" USING "PK_ballots";""", cancellationToken);
        await db.Database.ExecuteSqlRawAsync("""CLUSTER "voting"."sealed_ballots" USING "PK_sealed_ballots";""", cancellationToken);
    }
}
