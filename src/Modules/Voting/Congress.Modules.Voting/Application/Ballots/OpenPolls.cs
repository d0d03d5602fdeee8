using System.Collections.Concurrent;
using Congress.Modules.Voting.Domain.Polls;
using Congress.Modules.Voting.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Voting.Application.Ballots;

/// <summary>
/// The polls ballots are being cast in, read from the database at most once a second each instead of once per ballot
/// (callers arriving while a read is under way share it). A copy may be a second old: it only screens a ballot (open?
/// in time? well-formed?). The ballot box checks in the database, once per batch, that the poll is still open before it
/// writes anything.
/// </summary>
internal sealed class OpenPolls(IServiceScopeFactory scopes)
{
    private static readonly TimeSpan FreshFor = TimeSpan.FromSeconds(1);
    private readonly ConcurrentDictionary<PollId, (Task<Poll?> Read, DateTime ReadAtUtc)> _polls = new();

    public async Task<Poll?> FindAsync(PollId pollId)
    {
        var now = DateTime.UtcNow;
        var known = _polls.AddOrUpdate(pollId,
            id => (ReadAsync(id), now),
            (id, old) => now - old.ReadAtUtc < FreshFor && !old.Read.IsFaulted ? old : (ReadAsync(id), now));
        var poll = await known.Read;
        if (poll is null) _polls.TryRemove(new KeyValuePair<PollId, (Task<Poll?>, DateTime)>(pollId, known));
        return poll;
    }

    /// <summary>Forgets a poll whose status changed on this node (closed, cancelled, re-opened).</summary>
    public void Forget(PollId pollId) => _polls.TryRemove(pollId, out _);

    private async Task<Poll?> ReadAsync(PollId pollId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VotingDbContext>();
        return await db.Polls.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pollId);
    }
}
