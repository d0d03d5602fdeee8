using System.Text;
using System.Text.Json;
using Congress.Shared.Infrastructure.Persistence;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Congress.Shared.Infrastructure.Live;

/// <summary>
/// Live signals across every host on one PostgreSQL database (docs/adr/0018). Publishing delivers to this host's
/// subscribers at once and sends <c>pg_notify</c> on a pooled connection; each host's <see cref="PostgresLiveSignalListener"/>
/// LISTENs on one dedicated connection and delivers what the other hosts sent. A notification is not stored: a host
/// whose listener was disconnected tells its subscribers to re-read (<see cref="LiveSignal.Resync"/>) when it is back.
/// </summary>
public sealed class PostgresLiveSignals(IOptions<DatabaseOptions> database, ILogger<PostgresLiveSignals> logger) : InProcessLiveSignals
{
    /// <summary>One channel for every topic: the topic travels in the payload (a channel is an identifier, 63 bytes at most).</summary>
    public const string Channel = "congress_live";

    /// <summary>This process: a host ignores its own notifications (its subscribers had the signal when it was published).</summary>
    internal string Node { get; } = Guid.NewGuid().ToString("N");

    internal string ConnectionString => database.Value.ConnectionString;

    public override async ValueTask PublishAsync(LiveSignal signal, CancellationToken cancellationToken = default)
    {
        var payload = JsonSerializer.Serialize(new Envelope(signal.Topic, signal.Change, Node));
        LiveSignal.EnsureFits(Encoding.UTF8.GetByteCount(payload));
        DeliverLocally(signal);
        try
        {
            await using var connection = new NpgsqlConnection(ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
            notify.Parameters.AddWithValue("channel", Channel);
            notify.Parameters.AddWithValue("payload", payload);
            await notify.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            // The change is committed already; the other hosts' fallback reads (and their resync on reconnect) catch up.
            logger.LogWarning(ex, "Live signal {Topic} reached this host only: NOTIFY failed", signal.Topic);
        }
    }

    /// <summary>A notification from the listener: delivered unless this host sent it (and so delivered it already).</summary>
    internal void Received(string payload)
    {
        Envelope? envelope;
        try { envelope = JsonSerializer.Deserialize<Envelope>(payload); }
        catch (JsonException) { envelope = null; }
        if (envelope is not { T: { } topic, C: { } change }) { logger.LogWarning("Ignored a malformed live signal on {Channel}", Channel); return; }
        if (envelope.O == Node) return;
        DeliverLocally(new LiveSignal(topic, change));
    }

    /// <summary>Every topic listened to here hears <see cref="LiveSignal.Resync"/>: what was published meanwhile is lost.</summary>
    internal void Resync()
    {
        foreach (var topic in SubscribedTopics) DeliverLocally(new LiveSignal(topic, LiveSignal.Resync));
    }

    private sealed record Envelope(string T, string C, string O);
}

/// <summary>
/// Holds one connection per host LISTENing on <see cref="PostgresLiveSignals.Channel"/> and hands what arrives to this
/// host's subscribers. When the connection drops it reconnects with backoff (0.25 s doubling to 15 s) and then has every
/// subscriber re-read. Does nothing on SQLite (one host: publishing there delivers in-process).
/// </summary>
public sealed class PostgresLiveSignalListener(ILiveSignals signals, ILogger<PostgresLiveSignalListener> logger) : BackgroundService
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan LastRetry = TimeSpan.FromSeconds(15);

    /// <summary>Whether this host hears the other hosts now (the readiness check reports it).</summary>
    public bool Listening { get; private set; }

    /// <summary>Times the connection was (re)established; more than one means signals may have been missed and resynced.</summary>
    public int Connections { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (signals is not PostgresLiveSignals postgres) return;
        var retry = FirstRetry;
        // A dedicated connection, never returned to a pool; the keepalive query finds a dead peer within 15 s while waiting.
        var connectionString = new NpgsqlConnectionStringBuilder(postgres.ConnectionString)
        {
            Pooling = false, KeepAlive = 15, ApplicationName = "congress-live",
        }.ConnectionString;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, e) => postgres.Received(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {PostgresLiveSignals.Channel}", connection))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                Listening = true;
                if (Connections++ > 0) logger.LogWarning("Live signals: listening again; subscribers re-read what they show");
                postgres.Resync(); // anything published while this host was not listening
                retry = FirstRetry;
                while (true) await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                Listening = false;
                logger.LogWarning(ex, "Live signals: the listening connection failed; retrying in {Delay} ms", retry.TotalMilliseconds);
                try { await Task.Delay(retry, stoppingToken); } catch (OperationCanceledException) { return; }
                retry = TimeSpan.FromTicks(Math.Min(retry.Ticks * 2, LastRetry.Ticks));
            }
            finally
            {
                Listening = false;
            }
        }
    }
}

/// <summary>
/// Ready-check line for the backplane: on PostgreSQL, whether this host hears the others now (Degraded, not Unhealthy,
/// while it reconnects: it still serves, and its pages fall back to their own reads).
/// </summary>
public sealed class LiveSignalsHealthCheck(ILiveSignals signals, PostgresLiveSignalListener listener) : Microsoft.Extensions.Diagnostics.HealthChecks.IHealthCheck
{
    public Task<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult> CheckHealthAsync(
        Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(signals is not PostgresLiveSignals
            ? Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy("Tín hiệu trực tiếp trong một máy chủ (SQLite).")
            : listener.Listening
                ? Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy($"Đang nghe tín hiệu từ các máy chủ khác (LISTEN {PostgresLiveSignals.Channel}).")
                : Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Degraded("Chưa nghe được tín hiệu từ các máy chủ khác; đang kết nối lại."));
}
