using System.Collections.Concurrent;

namespace Congress.Shared.Infrastructure.Live;

/// <summary>
/// A change that connected tablets and screens should see within a second: a topic (by convention
/// <c>"&lt;module&gt;:&lt;what&gt;:&lt;congress id&gt;"</c>, e.g. <c>"agenda:programme:…"</c>) and a short description of what changed.
/// A signal carries no data a reader could not otherwise see: a subscriber re-reads through the mediator, so the
/// authorisation step applies to whoever is looking.
/// </summary>
public sealed record LiveSignal(string Topic, string Change);

/// <summary>
/// Publishes and receives <see cref="LiveSignal"/>s across every host of the installation. Publish from a handler
/// with <c>context.AfterCommit(ct =&gt; signals.PublishAsync(...))</c>, so nobody re-reads before the change is stored.
/// </summary>
public interface ILiveSignals
{
    ValueTask PublishAsync(LiveSignal signal, CancellationToken cancellationToken = default);

    /// <summary>Calls <paramref name="onSignal"/> for every signal on <paramref name="topic"/> until disposed.
    /// The callback runs on a background thread; a Blazor component marshals with <c>InvokeAsync</c>.</summary>
    IDisposable Subscribe(string topic, Action<LiveSignal> onSignal);
}

/// <summary>Delivers signals to the subscribers of this process. The multi-host backplane builds on it.</summary>
public class InProcessLiveSignals : ILiveSignals
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Guid, Action<LiveSignal>>> _subscribers = new();

    public virtual ValueTask PublishAsync(LiveSignal signal, CancellationToken cancellationToken = default)
    {
        DeliverLocally(signal);
        return ValueTask.CompletedTask;
    }

    public IDisposable Subscribe(string topic, Action<LiveSignal> onSignal)
    {
        var id = Guid.NewGuid();
        _subscribers.GetOrAdd(topic, _ => new()).TryAdd(id, onSignal);
        return new Subscription(() =>
        {
            if (_subscribers.TryGetValue(topic, out var set)) set.TryRemove(id, out _);
        });
    }

    /// <summary>Hands a signal to this process's subscribers; one failing subscriber does not stop the others.</summary>
    protected void DeliverLocally(LiveSignal signal)
    {
        if (!_subscribers.TryGetValue(signal.Topic, out var set)) return;
        foreach (var onSignal in set.Values)
        {
            try { onSignal(signal); }
            catch { /* a subscriber's failure (a closed circuit) is its own; the signal still reaches the rest */ }
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private Action? _dispose = dispose;
        public void Dispose() => Interlocked.Exchange(ref _dispose, null)?.Invoke();
    }
}
