using System.Collections.Concurrent;

namespace Congress.Shared.Infrastructure.Live;

/// <summary>
/// A change that connected tablets and screens should see within a second: a topic (by convention
/// <c>"&lt;module&gt;:&lt;what&gt;:&lt;congress id&gt;"</c>, e.g. <c>"agenda:programme:…"</c>) and a short description of what changed.
/// A signal carries no data a reader could not otherwise see: a subscriber re-reads through the mediator, so the
/// authorisation step applies to whoever is looking.
/// </summary>
public sealed record LiveSignal(string Topic, string Change)
{
    /// <summary>
    /// The change a subscriber receives when signals may have been missed (the backplane lost its connection to the
    /// database and has it back): re-read everything the topic covers.
    /// </summary>
    public const string Resync = "resync";

    /// <summary>What PostgreSQL's NOTIFY carries at most (bytes of the whole payload: topic, change, sender).</summary>
    public const int MaxPayloadBytes = 7999;

    /// <summary>Refuses a signal too long for the backplane, on every provider (so SQLite development catches it too).</summary>
    internal static void EnsureFits(int payloadBytes)
    {
        if (payloadBytes > MaxPayloadBytes)
            throw new ArgumentException($"A live signal is a short note ({payloadBytes} bytes here, at most {MaxPayloadBytes}): name what changed and let subscribers re-read it.");
    }
}

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

/// <summary>
/// Delivers signals to the subscribers of this process: the whole story on SQLite (one host). On PostgreSQL
/// <see cref="PostgresLiveSignals"/> builds on it (docs/adr/0018).
/// </summary>
public class InProcessLiveSignals : ILiveSignals
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Guid, Action<LiveSignal>>> _subscribers = new();

    public virtual ValueTask PublishAsync(LiveSignal signal, CancellationToken cancellationToken = default)
    {
        LiveSignal.EnsureFits(System.Text.Encoding.UTF8.GetByteCount(signal.Topic) + System.Text.Encoding.UTF8.GetByteCount(signal.Change));
        DeliverLocally(signal);
        return ValueTask.CompletedTask;
    }

    /// <summary>The topics someone in this process listens to now.</summary>
    protected IReadOnlyList<string> SubscribedTopics => _subscribers.Where(t => !t.Value.IsEmpty).Select(t => t.Key).ToList();

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
