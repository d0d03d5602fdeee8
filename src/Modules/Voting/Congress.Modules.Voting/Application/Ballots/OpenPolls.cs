using System.Collections.Concurrent;
using Congress.Modules.Voting.Domain.Polls;
using Congress.Modules.Voting.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Voting.Application.Ballots;

/// <summary>
/// The polls ballots are being cast in, read from the database at most once a second each instead of once per ballot
/// (callers arriving while a read is under way share it). A copy may be a second old: it only screens a ballot (open?
/// in time? well-formed?). The ballot box checks in the database, once per batch, that the poll is still open before it
/// writes anything.
/// <para>
/// A poll opened, closed, cancelled or re-opened on any host is announced on the live signals
/// (<see cref="PublishChangeAsync"/>, topic <see cref="Topic"/>): every host forgets its copy at once, and the tablets'
/// <see cref="OpenPollsWatch"/> re-reads.
/// </para>
/// </summary>
internal sealed class OpenPolls(IServiceScopeFactory scopes, ILiveSignals signals)
{
    private static readonly TimeSpan FreshFor = TimeSpan.FromSeconds(1);
    private readonly ConcurrentDictionary<PollId, (Task<Poll?> Read, DateTime ReadAtUtc)> _polls = new();
    private readonly ConcurrentDictionary<Guid, IDisposable> _watched = new();

    /// <summary>The live-signal topic of a congress's polls; the change is <c>"&lt;what&gt;:&lt;poll id&gt;"</c>.</summary>
    public static string Topic(Guid congressId) => $"voting:polls:{congressId}";

    /// <summary>After commit: this host forgets its copy now, the others when the signal reaches them; tablets re-read.</summary>
    public ValueTask PublishChangeAsync(Guid congressId, PollId pollId, string change, CancellationToken cancellationToken)
    {
        Forget(pollId);
        return signals.PublishAsync(new LiveSignal(Topic(congressId), $"{change}:{pollId.Value}"), cancellationToken);
    }

    public async Task<Poll?> FindAsync(PollId pollId)
    {
        var now = DateTime.UtcNow;
        var known = _polls.AddOrUpdate(pollId,
            id => (ReadAsync(id), now),
            (id, old) => now - old.ReadAtUtc < FreshFor && !old.Read.IsFaulted ? old : (ReadAsync(id), now));
        var poll = await known.Read;
        if (poll is null) _polls.TryRemove(new KeyValuePair<PollId, (Task<Poll?>, DateTime)>(pollId, known));
        else if (!_watched.ContainsKey(poll.CongressId)) Watch(poll.CongressId);
        return poll;
    }

    /// <summary>Hears the congress's poll changes from every host (one subscription per congress, for the host's life).</summary>
    private void Watch(Guid congressId)
    {
        var subscription = signals.Subscribe(Topic(congressId), signal =>
        {
            var separator = signal.Change.LastIndexOf(':');
            if (separator > 0 && Guid.TryParse(signal.Change.AsSpan(separator + 1), out var id)) Forget(new PollId(id));
            else _polls.Clear(); // a resync: whatever changed meanwhile is read again
        });
        if (!_watched.TryAdd(congressId, subscription)) subscription.Dispose();
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
