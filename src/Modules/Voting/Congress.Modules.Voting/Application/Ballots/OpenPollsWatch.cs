using System.Collections.Concurrent;
using Congress.Modules.Voting.Domain.Polls;
using Congress.Modules.Voting.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Congress.Modules.Voting.Application.Ballots;

/// <summary>
/// Tells the tablets on this host when the polls open in their congress change — opened, closed, cancelled, re-opened,
/// here or on another host — so a delegate never has to press "Refresh" when the chair opens a vote. While any page
/// listens it reads the open polls once a second: one query per host, whatever the number of tablets.
/// </summary>
internal sealed class OpenPollsWatch(IServiceScopeFactory scopes, ILogger<OpenPollsWatch> logger)
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<object, (Guid CongressId, Func<Task> Changed)> _listeners = new();
    private readonly Lock _lock = new();
    private Dictionary<Guid, string> _seen = [];
    private Task? _loop;

    /// <summary>Calls <paramref name="changed"/> whenever the open polls of the congress change; dispose to stop.</summary>
    public IDisposable Listen(Guid congressId, Func<Task> changed)
    {
        var key = new object();
        _listeners[key] = (congressId, changed);
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
