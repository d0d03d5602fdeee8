using Congress.Modules.Voting.Domain.Ballots;
using Congress.Modules.Voting.Domain.Polls;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Voting.Infrastructure.Persistence;

/// <summary>
/// The statements of the ballot box that EF Core's LINQ does not write well: both halves of the box read in one
/// statement, and the opened ballots inserted in one (docs/adr/0009). The sealing itself is Application's BallotSeal.
/// </summary>
internal static class SealedBox
{
    /// <summary>
    /// The poll's opened ballots and its sealed rows, in one statement, so a box being opened meanwhile is seen wholly
    /// before or wholly after.
    /// </summary>
    public static async Task<(List<BallotContent> Opened, List<SealedBallot> Sealed)> ReadAsync(VotingDbContext db, PollId pollId, CancellationToken cancellationToken)
    {
        var rows = db.Database.IsNpgsql()
            ? await db.Database.SqlQuery<BoxRow>($"""
                SELECT "BallotId"::text AS "BallotId", "Selections", NULL::bytea AS "Sealed" FROM voting.ballots WHERE "PollId" = {pollId.Value}
                UNION ALL SELECT NULL, NULL, "Sealed" FROM voting.sealed_ballots WHERE "PollId" = {pollId.Value}
                """).ToListAsync(cancellationToken)
            : await db.Database.SqlQuery<BoxRow>($"""
                SELECT "BallotId", "Selections", NULL AS "Sealed" FROM "ballots" WHERE "PollId" = {Text(pollId.Value)}
                UNION ALL SELECT NULL, NULL, "Sealed" FROM "sealed_ballots" WHERE "PollId" = {Text(pollId.Value)}
                """).ToListAsync(cancellationToken);
        return (rows.Where(r => r.Sealed is null).Select(r => BallotContent.FromJoined(Guid.Parse(r.BallotId!), r.Selections!)).ToList(),
            rows.Where(r => r.Sealed is not null).Select(r => new SealedBallot(pollId, [], r.Sealed!)).ToList());
    }

    /// <summary>The poll's sealed rows as written (with their tags).</summary>
    public static Task<List<SealedBallot>> SealedRowsAsync(VotingDbContext db, PollId pollId, CancellationToken cancellationToken) =>
        db.SealedBallots.AsNoTracking().Where(s => s.PollId == pollId).ToListAsync(cancellationToken);

    /// <summary>
    /// Inside the caller's transaction, under the poll's lock: <paramref name="ballots"/> (opened from the sealed rows)
    /// inserted into the box in one statement, in the order given, then the sealed rows deleted.
    /// </summary>
    public static async Task ReplaceSealedAsync(VotingDbContext db, PollId pollId, IReadOnlyList<BallotContent> ballots, CancellationToken cancellationToken)
    {
        var ids = ballots.Select(b => b.BallotId).ToArray();
        var selections = ballots.Select(b => b.JoinedSelections).ToArray();
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO voting.ballots ("PollId", "BallotId", "Selections") SELECT {pollId.Value}, b, s FROM unnest({ids}, {selections}) AS t(b, s)""",
                cancellationToken);
        else
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "ballots" ("PollId", "BallotId", "Selections") SELECT {Text(pollId.Value)}, value ->> '$[0]', value ->> '$[1]' FROM json_each({System.Text.Json.JsonSerializer.Serialize(ids.Zip(selections, (id, s) => new[] { Text(id), s }))})""",
                cancellationToken);
        await db.SealedBallots.Where(s => s.PollId == pollId).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>EF Core keeps a Guid on SQLite as upper-case text.</summary>
    private static string Text(Guid id) => id.ToString("D").ToUpperInvariant();

    private sealed record BoxRow(string? BallotId, string? Selections, byte[]? Sealed);
}
