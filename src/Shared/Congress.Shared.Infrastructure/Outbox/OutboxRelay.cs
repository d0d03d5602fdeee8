using Congress.Shared.Contracts;
using Congress.Shared.Infrastructure.Jobs;
using Congress.Shared.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Congress.Shared.Infrastructure.Outbox;

/// <summary>
/// Moves integration events from every module's outbox to their consumers. A message is marked processed only
/// when every consumer has handled it; a failing one is retried with backoff; consumers skip what their inbox
/// already holds, so a redelivery after a crash changes nothing.
/// </summary>
public sealed class OutboxRelay(IServiceProvider services, IEnumerable<ModuleDatabase> modules, IClock clock, ILogger<OutboxRelay> logger)
{
    /// <summary>
    /// Messages taken from one module before the next module's turn. Small, so that a backlog in one module (the thousands
    /// of delegate events of a bulk import) holds another module's event (an agenda item's poll) back by one batch at most.
    /// </summary>
    private const int BatchSize = 50;
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>
    /// Relays what is due in every module, one batch per module in turn, until none has any left; returns how many
    /// messages were taken. Order is kept within a module (a consumer sees one module's events as they happened);
    /// between modules there is no order to keep.
    /// </summary>
    public async Task<int> RelayAllAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        return await RelayHoldingGateAsync(cancellationToken);
    }

    /// <summary>
    /// As <see cref="RelayAllAsync"/>, unless a pass is already running on this node: then nothing (that pass takes what
    /// is due). The scheduled job uses it, so that it never holds a job worker waiting for a long pass to end.
    /// </summary>
    public async Task<int> RelayAllUnlessRunningAsync(CancellationToken cancellationToken) =>
        await _gate.WaitAsync(TimeSpan.Zero, cancellationToken) ? await RelayHoldingGateAsync(cancellationToken) : 0;

    private async Task<int> RelayHoldingGateAsync(CancellationToken cancellationToken)
    {
        try
        {
            var delivered = 0;
            bool more;
            do
            {
                // Every module has its turn in every round, the ones found empty before too: an event committed while
                // another module's backlog drains waits for one round, not for the backlog.
                more = false;
                foreach (var module in modules)
                {
                    var batch = await RelayModuleAsync(module, cancellationToken);
                    delivered += batch;
                    more |= batch == BatchSize;
                }
            } while (more);
            return delivered;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Relays one batch of due messages; returns how many were taken (delivered or not).</summary>
    private async Task<int> RelayModuleAsync(ModuleDatabase module, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var context = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
        var now = clock.UtcNow;
        // Read untracked and attach one message at a time: a context tracking the whole batch would compare every
        // message at each save (quadratic in the batch; it showed as a quarter of the CPU under a vote storm).
        var due = await context.OutboxMessages.AsNoTracking()
            .Where(m => m.ProcessedAtUtc == null && (m.NextAttemptAtUtc == null || m.NextAttemptAtUtc <= now))
            .OrderBy(m => m.OccurredAtUtc)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var message in due)
        {
            context.OutboxMessages.Attach(message);
            try
            {
                await DeliverAsync(message.Id, message.Deserialize(), cancellationToken);
                message.MarkProcessed(clock.UtcNow);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Outbox {Schema}: message {MessageId} ({Type}) failed, attempt {Attempt}", module.Schema, message.Id, message.Type, message.Attempts + 1);
                message.MarkFailed(clock.UtcNow, ex.Message);
            }
            await context.SaveChangesAsync(cancellationToken);
            context.Entry(message).State = EntityState.Detached;
        }
        return due.Count;
    }

    private async Task DeliverAsync(Guid messageId, IIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var handlerType = typeof(IIntegrationEventHandler<>).MakeGenericType(integrationEvent.GetType());
        int handlerCount;
        await using (var probe = services.CreateAsyncScope()) handlerCount = probe.ServiceProvider.GetServices(handlerType).Count();

        for (var i = 0; i < handlerCount; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetServices(handlerType).ElementAt(i)!;
            var handlerName = handler.GetType().FullName!;
            var consumer = (ModuleDbContext)scope.ServiceProvider.GetRequiredKeyedService<IModuleUnitOfWork>(ModuleKey.Of(handler.GetType()));
            if (await consumer.InboxMessages.AnyAsync(m => m.MessageId == messageId && m.Handler == handlerName, cancellationToken)) continue;

            await using var transaction = await consumer.BeginAsync(cancellationToken);
            var handle = handlerType.GetMethod(nameof(IIntegrationEventHandler<IIntegrationEvent>.HandleAsync))!;
            await (Task)handle.Invoke(handler, [integrationEvent, cancellationToken])!;
            consumer.InboxMessages.Add(new InboxMessage { MessageId = messageId, Handler = handlerName, ProcessedAtUtc = clock.UtcNow });
            await transaction.CommitAsync(handler.GetType().Name, integrationEvent, cancellationToken);
        }
    }
}

/// <summary>Wakes the relay as soon as a unit of work commits outbox messages, so consumers see them at once.</summary>
public sealed class OutboxRelaySignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        try { _signal.Release(); }
        catch (SemaphoreFullException) { /* already signalled */ }
    }

    internal Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}

/// <summary>The scheduled safety net: relays whatever is due (retries included) on the job port.</summary>
internal sealed class OutboxRelayJob(OutboxRelay relay) : IJob
{
    public Task ExecuteAsync(JobContext context, CancellationToken cancellationToken) => relay.RelayAllUnlessRunningAsync(cancellationToken);
}

/// <summary>Relays immediately when signalled, at most every few seconds otherwise.</summary>
internal sealed class OutboxRelayWakeup(OutboxRelaySignal signal, OutboxRelay relay, ILogger<OutboxRelayWakeup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await signal.WaitAsync(TimeSpan.FromSeconds(5), stoppingToken);
                await relay.RelayAllAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Outbox relay pass failed; the scheduled job will retry");
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }
}
