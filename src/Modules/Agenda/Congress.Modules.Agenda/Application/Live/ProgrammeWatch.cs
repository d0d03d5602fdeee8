using System.Collections.Concurrent;
using Congress.Modules.Agenda.Application.Programme;
using Congress.Shared.Infrastructure.Live;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Congress.Modules.Agenda.Application.Live;

/// <summary>
/// The programmes that connected tablets and screens follow on this host. For each congress someone listens to, it
/// keeps the programme as last read and reads it again once per change — on the congress's live signal from any host,
/// or when its five-second check finds the stored programme different (a signal lost on the way) — then tells the
/// listeners, who re-send it through the mediator as themselves (so each is still authorised; 450 tablets cost one read
/// of the programme, not 450). A congress nobody listens to is not kept: its programme is read on every request.
/// </summary>
internal sealed class ProgrammeWatch(IServiceScopeFactory scopes, ILiveSignals signals, ILogger<ProgrammeWatch> logger) : IDisposable
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<Guid, Watched> _congresses = new();
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _stopping = new();
    private Task? _loop;

    /// <summary>The programme and its latest notices, as of the last change this host knows of.</summary>
    public sealed record Snapshot(ProgrammeDto Programme, IReadOnlyList<ProgrammeChangeDto> Changes);

    /// <summary>Calls <paramref name="changed"/> (on a background thread) whenever the congress's programme changes; dispose to stop.</summary>
    public IDisposable Listen(Guid congressId, Action changed)
    {
        var key = new object();
        lock (_lock)
        {
            var watched = _congresses.GetOrAdd(congressId, id => new Watched(signals.Subscribe(ProgrammeTopic.For(id), _ => Changed(id))));
            watched.Listeners[key] = changed;
            _loop ??= Task.Run(CheckAsync);
        }
        return new Subscription(() =>
        {
            lock (_lock)
            {
                if (!_congresses.TryGetValue(congressId, out var watched)) return;
                watched.Listeners.TryRemove(key, out _);
                if (!watched.Listeners.IsEmpty) return;
                _congresses.TryRemove(congressId, out _);
                watched.Signal.Dispose();
            }
        });
    }

    /// <summary>The programme now: kept while someone listens (one read per change, whoever asks), read afresh otherwise.</summary>
    public async Task<Snapshot> SnapshotAsync(Guid congressId, CancellationToken cancellationToken)
    {
        if (!_congresses.TryGetValue(congressId, out var watched)) return await ReadAsync(congressId, cancellationToken);
        if (Volatile.Read(ref watched.Current) is { } current && current.Generation == Volatile.Read(ref watched.Generation)) return current.Snapshot;
        await watched.Reading.WaitAsync(cancellationToken);
        try
        {
            var generation = Volatile.Read(ref watched.Generation);
            if (watched.Current is { } read && read.Generation == generation) return read.Snapshot; // another caller read it meanwhile
            var snapshot = await ReadAsync(congressId, cancellationToken);
            Volatile.Write(ref watched.Current, new Kept(generation, snapshot)); // a change during the read bumped the generation: the next caller reads again
            return snapshot;
        }
        finally
        {
            watched.Reading.Release();
        }
    }

    private void Changed(Guid congressId)
    {
        if (!_congresses.TryGetValue(congressId, out var watched)) return;
        Interlocked.Increment(ref watched.Generation);
        foreach (var listener in watched.Listeners.Values)
        {
            try { listener(); }
            catch (Exception ex) { logger.LogWarning(ex, "A programme listener failed"); }
        }
    }

    /// <summary>Every <see cref="Every"/>: a congress whose stored programme differs from the one kept is announced as changed.</summary>
    private async Task CheckAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            try { await Task.Delay(Every, _stopping.Token); }
            catch (OperationCanceledException) { return; }
            foreach (var (congressId, watched) in _congresses)
            {
                if (Volatile.Read(ref watched.Current) is not { } kept) continue;
                try
                {
                    var now = await ReadAsync(congressId, _stopping.Token);
                    if (now.Programme.Stamp != kept.Snapshot.Programme.Stamp || now.Changes.LastOrDefault() != kept.Snapshot.Changes.LastOrDefault())
                    {
                        logger.LogInformation("The programme of congress {CongressId} changed without a live signal reaching this host", congressId);
                        Changed(congressId);
                    }
                }
                catch (OperationCanceledException) { return; }
                catch (Exception ex) { logger.LogWarning(ex, "Checking the programme of congress {CongressId} failed; trying again in {Seconds} s", congressId, Every.TotalSeconds); }
            }
        }
    }

    private async Task<Snapshot> ReadAsync(Guid congressId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var reader = scope.ServiceProvider.GetRequiredService<ProgrammeReader>();
        return new Snapshot(await reader.ReadAsync(congressId, cancellationToken), await reader.RecentChangesAsync(congressId, cancellationToken));
    }

    public void Dispose()
    {
        _stopping.Cancel();
        foreach (var watched in _congresses.Values) watched.Signal.Dispose();
    }

    private sealed class Watched(IDisposable signal)
    {
        public readonly IDisposable Signal = signal;
        public readonly ConcurrentDictionary<object, Action> Listeners = new();
        public readonly SemaphoreSlim Reading = new(1, 1);
        public long Generation;
        public Kept? Current;
    }

    private sealed record Kept(long Generation, Snapshot Snapshot);

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private Action? _dispose = dispose;
        public void Dispose() => Interlocked.Exchange(ref _dispose, null)?.Invoke();
    }
}
