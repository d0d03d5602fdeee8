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
    /// PostgreSQL: every register row and ballot of the poll rewritten in one transaction, so they all carry its id instead
    /// of their batch's; then the three tables (the sealed box emptied at the close too) rewritten in key order without the
    /// superseded or deleted row versions (CLUSTER). SQLite
    /// keeps no per-row transaction id and its WITHOUT ROWID tables are ordered by key: the write-ahead log, which holds
    /// the pages of each commit, is folded into the database and emptied.
    /// </summary>
    public static async Task EraseAsync(VotingDbContext db, PollId pollId, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
            return;
        }
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.Voters.Where(v => v.PollId == pollId).ExecuteUpdateAsync(s => s.SetProperty(v => v.DelegateId, v => v.DelegateId), cancellationToken);
            await db.Ballots.Where(b => b.PollId == pollId).ExecuteUpdateAsync(s => s.SetProperty(b => b.Selections, b => b.Selections), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        // After the commit, so the superseded versions are dead to every transaction and CLUSTER leaves them behind.
        await db.Database.ExecuteSqlRawAsync($"""CLUSTER "{VotingDbContext.SchemaName}"."voters" USING "PK_voters";""", cancellationToken);
        await db.Database.ExecuteSqlRawAsync($"""CLUSTER "{VotingDbContext.SchemaName}"."ballots" USING "PK_ballots";""", cancellationToken);
        await db.Database.ExecuteSqlRawAsync($"""CLUSTER "{VotingDbContext.SchemaName}"."sealed_ballots" USING "PK_sealed_ballots";""", cancellationToken);
    }
}
