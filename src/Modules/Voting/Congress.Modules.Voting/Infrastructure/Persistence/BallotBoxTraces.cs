using Congress.Modules.Voting.Domain.Polls;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Voting.Infrastructure.Persistence;

/// <summary>
/// What the database itself keeps of when each register row and ballot was written, erased once a poll closes
/// (docs/adr/0009). On PostgreSQL every row carries the id of the transaction that wrote it (xmin) and sits where it was
/// appended, so rows of one commit batch can be told apart from the rest until they are rewritten.
/// </summary>
internal static class BallotBoxTraces
{
    /// <summary>
    /// In the closing transaction: every register row and ballot of the poll rewritten, so they all carry the closing
    /// transaction's id instead of their batch's.
    /// </summary>
    public static async Task RewriteAsync(VotingDbContext db, PollId pollId, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql()) return; // SQLite keeps no per-row transaction id; WITHOUT ROWID tables are ordered by key
        await db.Voters.Where(v => v.PollId == pollId).ExecuteUpdateAsync(s => s.SetProperty(v => v.DelegateId, v => v.DelegateId), cancellationToken);
        await db.Ballots.Where(b => b.PollId == pollId).ExecuteUpdateAsync(s => s.SetProperty(b => b.Selections, b => b.Selections), cancellationToken);
    }

    /// <summary>
    /// After the close has committed: the tables rewritten in key order without the superseded row versions (PostgreSQL
    /// CLUSTER), or the write-ahead log folded into the database and emptied (SQLite).
    /// </summary>
    public static async Task CompactAsync(VotingDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync($"""CLUSTER "{VotingDbContext.SchemaName}"."voters" USING "PK_voters";""", cancellationToken);
            await db.Database.ExecuteSqlRawAsync($"""CLUSTER "{VotingDbContext.SchemaName}"."ballots" USING "PK_ballots";""", cancellationToken);
        }
        else await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
    }
}
