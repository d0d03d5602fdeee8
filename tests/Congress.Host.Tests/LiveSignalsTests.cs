using System.Collections.Concurrent;
using System.Diagnostics;
using Congress.Shared.Infrastructure.Live;
using Congress.Shared.Infrastructure.Persistence;
using Congress.Testing;
using FluentAssertions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Congress.Host.Tests;

/// <summary>
/// The live-signal backplane (docs/adr/0018): two nodes in one process, each with its own <see cref="PostgresLiveSignals"/>
/// and listener on one PostgreSQL database, as two hosts would be.
/// </summary>
public sealed class LiveSignalsTests
{
    [Fact]
    public async Task A_signal_too_long_for_NOTIFY_is_refused_on_every_provider()
    {
        var signals = new InProcessLiveSignals();
        var heard = 0;
        using var subscription = signals.Subscribe("t", _ => heard++);

        var tooLong = () => signals.PublishAsync(new LiveSignal("t", new string('x', 8_000))).AsTask();

        await tooLong.Should().ThrowAsync<ArgumentException>();
        await signals.PublishAsync(new LiveSignal("t", "ok"));
        heard.Should().Be(1, "only the short signal was delivered");
    }

    [PostgresFact]
    public async Task A_signal_published_on_one_node_reaches_the_other_and_a_dropped_listener_reconnects_and_resyncs()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        await using var a = await Node.StartAsync(database.ConnectionString);
        await using var b = await Node.StartAsync(database.ConnectionString);
        var onB = new BlockingCollection<LiveSignal>();
        var onA = new BlockingCollection<LiveSignal>();
        using var subB = b.Signals.Subscribe("voting:polls:x", onB.Add);
        using var subA = a.Signals.Subscribe("voting:polls:x", onA.Add);
        using var other = b.Signals.Subscribe("attendance:presence:x", _ => throw new InvalidOperationException("a failing subscriber"));

        var clock = Stopwatch.StartNew();
        await a.Signals.PublishAsync(new LiveSignal("voting:polls:x", "opened:1"));
        onB.TryTake(out var received, TimeSpan.FromSeconds(5)).Should().BeTrue("B hears what A published");
        var latency = clock.Elapsed;
        received.Should().Be(new LiveSignal("voting:polls:x", "opened:1"));
        onA.TryTake(out var local, TimeSpan.FromSeconds(1)).Should().BeTrue("A's own subscribers have it at once");
        local!.Change.Should().Be("opened:1");
        onA.TryTake(out _, TimeSpan.FromMilliseconds(500)).Should().BeFalse("A ignores its own notification: delivered once, not twice");
        latency.Should().BeLessThan(TimeSpan.FromSeconds(1));

        // B's listening connection is killed by the server: B reconnects, and its subscribers are told to re-read.
        await using (var admin = new NpgsqlConnection(database.ConnectionString))
        {
            await admin.OpenAsync();
            await using var kill = new NpgsqlCommand("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = 'congress-live' AND datname = current_database()", admin);
            ((long)(await kill.ExecuteScalarAsync())!).Should().Be(2, "each node holds one listening connection");
        }
        var resync = onB.TryTake(out var afterDrop, TimeSpan.FromSeconds(10));
        resync.Should().BeTrue("B's subscribers hear that signals may have been missed");
        afterDrop!.Change.Should().Be(LiveSignal.Resync);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!b.Listener.Listening && DateTime.UtcNow < deadline) await Task.Delay(50);
        b.Listener.Connections.Should().BeGreaterThan(1);
        while (onB.TryTake(out _)) { }

        await a.Signals.PublishAsync(new LiveSignal("voting:polls:x", "closed:1"));
        onB.TryTake(out var again, TimeSpan.FromSeconds(5)).Should().BeTrue("B hears A again after reconnecting");
        again!.Change.Should().Be("closed:1");
    }

    private sealed class Node : IAsyncDisposable
    {
        private Node(PostgresLiveSignals signals, PostgresLiveSignalListener listener)
        {
            Signals = signals;
            Listener = listener;
        }

        public PostgresLiveSignals Signals { get; }
        public PostgresLiveSignalListener Listener { get; }

        public static async Task<Node> StartAsync(string connectionString)
        {
            var signals = new PostgresLiveSignals(Options.Create(new DatabaseOptions { ConnectionString = connectionString }), NullLogger<PostgresLiveSignals>.Instance);
            var listener = new PostgresLiveSignalListener(signals, NullLogger<PostgresLiveSignalListener>.Instance);
            await listener.StartAsync(default);
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (!listener.Listening && DateTime.UtcNow < deadline) await Task.Delay(20);
            listener.Listening.Should().BeTrue();
            return new Node(signals, listener);
        }

        public async ValueTask DisposeAsync()
        {
            await Listener.StopAsync(default);
            Listener.Dispose();
        }
    }
}
