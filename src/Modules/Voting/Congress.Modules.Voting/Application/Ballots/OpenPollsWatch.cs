using System.Collections.Concurrent;
using Congress.Modules.Voting.Domain.Polls;
using Congress.Modules.Voting.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Congress.Modules.Voting.Application.Ballots;

/// <summary>
/// Tells the tablets on this host when the polls open in their congress change — opened, closed, cancelled, re-opened,
/// here or on another host — so a delegate never has to press "Refresh" when the chair opens a vote.
/// <para>
/// Driven by the live signals (<see cref="OpenPolls.Topic"/>, published after commit on whichever host made the change,
/// carried between hosts by PostgreSQL's NOTIFY, docs/adr/0018): on a signal this host reads the open polls once and
/// tells the pages whose congress changed, within milliseconds. While any page listens it also reads them once a second
/// whatever happens, as the fallback for a signal lost (a host's listener reconnecting): one query per host, whatever
/// the number of tablets.
/// </para>
/// </summary>
internal sealed class OpenPollsWatch(IServiceScopeFactory scopes, ILiveSignals signals, ILogger<OpenPollsWatch> logger)
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<object, (Guid CongressId, Func<Task> Changed)> _listeners = new();
    private readonly ConcurrentDictionary<Guid, IDisposable> _signals = new();
    private readonly SemaphoreSlim _reading = new(1, 1);
    private readonly Lock _lock = new();
    private Dictionary<Guid, string> _seen = [];
    private Task? _loop;

    /// <summary>Calls <paramref name="changed"/> whenever the open polls of the congress change; dispose to stop.</summary>
    public IDisposable Listen(Guid congressId, Func<Task> changed)
    {
        var key = new object();
        _listeners[key] = (congressId, changed);
        if (!_signals.ContainsKey(congressId))
        {
            var subscription = signals.Subscribe(OpenPolls.Topic(congressId), signal => { _ = ReadAndNotifyAsync(); });
            if (!_signals.TryAdd(congressId, subscription)) subscription.Dispose();
        }
        lock (_lock) _loop ??= Task.Run(WatchAsync);
        return new Subscription(() => _listeners.TryRemove(key, out _));
    }

    private async Task WatchAsync()
    {
        while (true)
        {
            lock (_lock)
                if (_listeners.IsEmpty) { _loop = null; return; } // a later Listen starts another
            await Task.Delay(Every);
            await ReadAndNotifyAsync();
        }
    }

    /// <summary>Reads the open polls (one read at a time) and tells the listeners of every congress whose set changed.</summary>
    private async Task ReadAndNotifyAsync()
    {
        if (_listeners.IsEmpty) return;
        await _reading.WaitAsync();
        try
        {
            var now = await OpenPollsByCongressAsync();
            var changed = now.Keys.Union(_seen.Keys).Where(c => now.GetValueOrDefault(c) != _seen.GetValueOrDefault(c)).ToHashSet();
            _seen = now;
            foreach (var (congressId, notify) in _listeners.Values.Where(l => changed.Contains(l.CongressId)))
                _ = notify().ContinueWith(t => logger.LogWarning(t.Exception, "A page could not reload its polls"), TaskContinuationOptions.OnlyOnFaulted);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Reading the open polls failed; trying again in {Seconds} s", Every.TotalSeconds);
        }
        finally
        {
            _reading.Release();
        }
    }

    private async Task<Dictionary<Guid, string>> OpenPollsByCongressAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VotingDbContext>();
        var open = await db.Polls.AsNoTracking().Where(p => p.Status == PollStatus.Open).Select(p => new { p.CongressId, p.Id }).ToListAsync();
        return open.GroupBy(p => p.CongressId).ToDictionary(g => g.Key, g => string.Join(',', g.Select(p => p.Id.Value).Order()));
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
