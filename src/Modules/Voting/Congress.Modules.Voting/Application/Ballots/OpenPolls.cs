using System.Collections.Concurrent;
using Congress.Modules.Voting.Domain.Polls;
using Congress.Modules.Voting.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Voting.Application.Ballots;

/// <summary>
/// The polls ballots are being cast in, read from the database at most once a second each instead of once per ballot.
/// A copy may be a second old: it only screens a ballot (open? in time? well-formed?). The ballot box checks in the
/// database, once per batch, that the poll is still open before it writes anything.
/// </summary>
internal sealed class OpenPolls
{
    private static readonly TimeSpan FreshFor = TimeSpan.FromSeconds(1);
    private readonly ConcurrentDictionary<PollId, (Poll Poll, DateTime ReadAtUtc)> _polls = new();

    public async Task<Poll?> FindAsync(VotingDbContext db, PollId pollId, CancellationToken cancellationToken)
    {
        if (_polls.TryGetValue(pollId, out var known) && DateTime.UtcNow - known.ReadAtUtc < FreshFor) return known.Poll;
        var poll = await db.Polls.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pollId, cancellationToken);
        if (poll is null) _polls.TryRemove(pollId, out _);
        else _polls[pollId] = (poll, DateTime.UtcNow);
        return poll;
    }

    /// <summary>Forgets a poll whose status changed on this node (closed, cancelled, re-opened).</summary>
    public void Forget(PollId pollId) => _polls.TryRemove(pollId, out _);
}
