using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Congress.Shared.Infrastructure.Persistence;

/// <summary>
/// Group commit for a storm of small writes that would otherwise queue one transaction each behind one writer (SQLite's
/// single writer, an audit chain's lock): requests queue here and one loop hands whatever arrived meanwhile, up to
/// <c>maxBatch</c>, to <c>writeBatch</c>, which commits them in one transaction and completes each entry with its own
/// answer. An entry is answered only after its batch is committed; if the batch throws, every entry it left unanswered
/// gets the exception. The ballot box and the delegates' pledges use it.
/// </summary>
public sealed class GroupCommit<TItem, TResult> : IAsyncDisposable
{
    private readonly Channel<Entry> _queue = Channel.CreateUnbounded<Entry>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<IReadOnlyList<Entry>, Task> _writeBatch;
    private readonly int _maxBatch;
    private readonly ILogger _logger;
    private readonly Lock _startLock = new();
    private Task? _writer;

    public GroupCommit(Func<IReadOnlyList<Entry>, Task> writeBatch, int maxBatch, ILogger logger)
    {
        _writeBatch = writeBatch;
        _maxBatch = maxBatch;
        _logger = logger;
    }

    /// <summary>Queues an item and waits until its batch is committed (or refused, or failed).</summary>
    public Task<TResult> WriteAsync(TItem item)
    {
        var entry = new Entry(item);
        if (_writer is null)
            lock (_startLock) _writer ??= Task.Run(WriteLoopAsync);
        if (!_queue.Writer.TryWrite(entry)) entry.Fail(new ObjectDisposedException(GetType().Name));
        return entry.Answer;
    }

    private async Task WriteLoopAsync()
    {
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync())
        {
            var batch = new List<Entry>();
            while (batch.Count < _maxBatch && reader.TryRead(out var entry)) batch.Add(entry);
            try
            {
                await _writeBatch(batch);
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "Writing a batch of {Count} failed", batch.Count);
                foreach (var entry in batch) entry.Fail(ex);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        if (_writer is not null) await _writer;
    }

    /// <summary>One queued item and the answer its caller waits for.</summary>
    public sealed class Entry(TItem item)
    {
        private readonly TaskCompletionSource<TResult> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TItem Item { get; } = item;

        internal Task<TResult> Answer => _done.Task;

        public void Complete(TResult result) => _done.TrySetResult(result);

        internal void Fail(Exception exception) => _done.TrySetException(exception);
    }
}
