using Congress.Modules.Voting.Domain.Polls;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Voting.Infrastructure.Persistence;

/// <summary>
/// How a close and the ballot writers of several hosts keep out of each other's way, inside their transactions. On
/// PostgreSQL a writer's batch shares-locks the rows of the polls it writes to, and the close locks its poll's row for
/// update before it counts and opens the box: the close waits for batches already under way and batches after it find
/// the poll closed — no ballot lands after the box was opened. SQLite has one writer at a time (the transaction begins
/// IMMEDIATE), which gives the same order.
/// </summary>
internal static class PollLocks
{
    /// <summary>Of <paramref name="pollIds"/>, those open now; on PostgreSQL they stay open until the caller commits.</summary>
    public static async Task<HashSet<PollId>> OpenForBallotsAsync(VotingDbContext db, IReadOnlyCollection<PollId> pollIds, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
            return (await db.Polls.AsNoTracking().Where(p => pollIds.Contains(p.Id) && p.Status == PollStatus.Open).Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet();
        var ids = pollIds.Select(p => p.Value).ToArray();
        var open = await db.Database.SqlQuery<Guid>(
                $"""SELECT "Id" AS "Value" FROM voting.polls WHERE "Id" = ANY({ids}) AND "Status" = {(int)PollStatus.Open} FOR SHARE""")
            .ToListAsync(cancellationToken);
        return open.Select(id => new PollId(id)).ToHashSet();
    }

    /// <summary>Waits for every batch writing to the poll to commit, and keeps new ones out until the caller commits.</summary>
    public static async Task ForCloseAsync(VotingDbContext db, PollId pollId, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlAsync($"""SELECT 1 FROM voting.polls WHERE "Id" = {pollId.Value} FOR UPDATE""", cancellationToken);
    }
}
