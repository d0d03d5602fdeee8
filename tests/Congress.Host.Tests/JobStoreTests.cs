using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Congress.Shared.Infrastructure.Jobs;
using Congress.Testing;
using FluentAssertions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Host.Tests;

/// <summary>
/// On PostgreSQL the job port is persistent and cluster-safe: a one-off job (a timed poll close, an import) outlives the
/// node that scheduled it, and with several nodes on one database each job runs exactly once.
/// </summary>
public sealed class PostgresJobStoreTests(PostgresJobStoreTests.ClusterFactory factory) : IClassFixture<PostgresJobStoreTests.ClusterFactory>
{
    /// <summary>The fixture's own host is a node of the cluster too, and may take any job: it can run the test's job.</summary>
    public sealed class ClusterFactory : CongressFactory
    {
        public ClusterFactory() : base(Congress.Shared.Infrastructure.Persistence.DatabaseProvider.PostgreSql) { }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.AddSingleton(new NodeName("fixture"));
                services.AddJob<RecordingJob>();
            });
        }
    }

    [PostgresFact]
    public async Task A_one_off_job_scheduled_by_a_node_that_stops_runs_on_another_node()
    {
        var argument = $"survivor-{Guid.NewGuid():N}";
        var nodeA = Node("A");
        await (await JobNodes.SchedulerAsync(nodeA)).ScheduleOnceAsync<RecordingJob>(argument, DateTime.UtcNow.AddSeconds(5), argument, default);
        await nodeA.DisposeAsync(); // the node goes away before the job is due

        await using var nodeB = Node("B");
        _ = await JobNodes.SchedulerAsync(nodeB);

        var runs = await RecordingJob.WaitForAsync([argument], TimeSpan.FromSeconds(120));
        runs[argument].Should().ContainSingle().Which.Should().NotBe("A", "the job was stored in the database, not in node A's memory");
    }

    [PostgresFact]
    public async Task With_two_nodes_on_one_database_every_job_runs_exactly_once()
    {
        await using var nodeA = Node("A");
        await using var nodeB = Node("B");
        var arguments = Enumerable.Range(0, 30).Select(i => $"once-{i}-{Guid.NewGuid():N}").ToList();
        var dueAt = DateTime.UtcNow.AddSeconds(2);
        for (var i = 0; i < arguments.Count; i++)
            await (await JobNodes.SchedulerAsync(i % 2 == 0 ? nodeA : nodeB)).ScheduleOnceAsync<RecordingJob>(arguments[i], dueAt, arguments[i], default);

        var runs = await RecordingJob.WaitForAsync(arguments, TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(3)); // room for a duplicate run to show up

        arguments.Should().OnlyContain(a => runs[a].Count == 1, "a job must never run on both nodes");
    }

    private WebApplicationFactory<Program> Node(string name) =>
        factory.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
        {
            services.AddSingleton(new NodeName(name));
            services.AddJob<RecordingJob>();
        }));
}

/// <summary>
/// The default installation (SQLite) keeps its jobs in a SQLite file of their own: a one-off job outlives a restart, a
/// cancelled one never runs, and a job that throws is retried as its registration says.
/// </summary>
public sealed class SqliteJobStoreTests(CongressFactory factory) : IClassFixture<CongressFactory>, IDisposable
{
    /// <summary>The nodes of a test share a jobs file of their own, away from the fixture's host (which would run their jobs).</summary>
    private readonly string _jobsFile = Path.Combine(Path.GetTempPath(), $"congress-jobs-test-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task A_one_off_job_scheduled_before_a_restart_runs_after_it()
    {
        var argument = $"restart-{Guid.NewGuid():N}";
        var before = Node("before");
        await (await JobNodes.SchedulerAsync(before)).ScheduleOnceAsync<RecordingJob>(argument, DateTime.UtcNow.AddSeconds(10), argument, default);
        await Task.Delay(TimeSpan.FromSeconds(2)); // it runs a moment, as an installation does
        await before.DisposeAsync(); // the installation stops before the job is due
        RecordingJob.HasRun(argument).Should().BeFalse();

        await using var after = Node("after"); // and starts again on the same files
        _ = await JobNodes.SchedulerAsync(after);

        var runs = await RecordingJob.WaitForAsync([argument], TimeSpan.FromSeconds(60));
        runs[argument].Should().Equal(["after"], "the job was stored in the jobs file, not in the first host's memory");
    }

    [Fact]
    public async Task A_cancelled_job_never_runs_and_scheduling_a_key_again_replaces_its_job()
    {
        await using var node = Node("node");
        var scheduler = await JobNodes.SchedulerAsync(node);
        var id = Guid.NewGuid().ToString("N");
        var dueAt = DateTime.UtcNow.AddSeconds(3);
        await scheduler.ScheduleOnceAsync<RecordingJob>($"cancelled-{id}", dueAt, $"cancelled-{id}", default);
        await scheduler.ScheduleOnceAsync<RecordingJob>($"replaced-{id}", dueAt, $"first-{id}", default);
        await scheduler.ScheduleOnceAsync<RecordingJob>($"replaced-{id}", dueAt, $"second-{id}", default);
        await scheduler.ScheduleOnceAsync<RecordingJob>($"kept-{id}", dueAt, $"kept-{id}", default);

        await scheduler.CancelAsync($"cancelled-{id}", default);

        await RecordingJob.WaitForAsync([$"kept-{id}", $"second-{id}"], TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(3)); // room for a cancelled or replaced job to run late
        RecordingJob.HasRun($"cancelled-{id}").Should().BeFalse("the job was cancelled before it was due");
        RecordingJob.HasRun($"first-{id}").Should().BeFalse("scheduling the key again replaced the first job");
    }

    [Fact]
    public async Task A_job_that_throws_is_retried_and_one_registered_without_retries_is_left_failed()
    {
        await using var node = Node("node");
        var scheduler = await JobNodes.SchedulerAsync(node);
        var id = Guid.NewGuid().ToString("N");

        await scheduler.EnqueueAsync<FailsOnceJob>($"flaky-{id}", $"flaky-{id}", default);
        await scheduler.EnqueueAsync<AlwaysFailsJob>($"broken-{id}", $"broken-{id}", default);

        var runs = await RecordingJob.WaitForAsync([$"flaky-{id}"], TimeSpan.FromSeconds(60)); // the retry comes after 5 s
        runs[$"flaky-{id}"].Should().ContainSingle();
        FailsOnceJob.Attempts[$"flaky-{id}"].Should().Be(2, "the first attempt threw and the job was tried again");
        var failed = node.Services.GetRequiredService<CongressJobStorage>().Storage.GetMonitoringApi().FailedJobs(0, 100);
        failed.Should().Contain(j => j.Value.Job.Args[0] as string == $"broken-{id}", "a job without retries is left failed, for an administrator to see");
        AlwaysFailsJob.Attempts[$"broken-{id}"].Should().Be(1);
    }

    [Fact]
    public async Task The_modules_recurring_jobs_are_declared_to_the_scheduler_and_the_outbox_relay_runs()
    {
        var storage = factory.Services.GetRequiredService<CongressJobStorage>().Storage;
        var deadline = DateTime.UtcNow.AddSeconds(40);
        Hangfire.Storage.RecurringJobDto relay;
        do
        {
            using var connection = storage.GetConnection();
            var recurring = Hangfire.Storage.StorageConnectionExtensions.GetRecurringJobs(connection);
            recurring.Select(j => j.Id).Should().Contain(["outbox-relay", "attendance.reconcile"]);
            relay = recurring.Single(j => j.Id == "outbox-relay");
            relay.Cron.Should().Be("*/10 * * * * *");
            if (relay.LastExecution is not null) break;
            await Task.Delay(500);
        } while (DateTime.UtcNow < deadline);
        relay.LastExecution.Should().NotBeNull("the relay runs every 10 s");
    }

    private WebApplicationFactory<Program> Node(string name) =>
        factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Jobs:SqlitePath", _jobsFile);
            builder.ConfigureServices(services =>
            {
                services.AddSingleton(new NodeName(name));
                services.AddJob<RecordingJob>();
                services.AddJob<FailsOnceJob>(retries: 2);
                services.AddJob<AlwaysFailsJob>(retries: 0);
            });
        });

    public void Dispose()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            try { File.Delete(_jobsFile + suffix); } catch (IOException) { }
    }
}

internal static class JobNodes
{
    /// <summary>
    /// The node's scheduler; the first call starts the node. Started off xunit's synchronisation context: the factory
    /// starts its host by blocking, and with the other test classes running alongside that can starve it.
    /// </summary>
    public static Task<IJobScheduler> SchedulerAsync(WebApplicationFactory<Program> node) =>
        Task.Run(() => node.Services.GetRequiredService<IJobScheduler>());
}

internal sealed record NodeName(string Value);

internal sealed class RecordingJob(NodeName node) : IJob
{
    private static readonly ConcurrentDictionary<string, ConcurrentQueue<string>> Runs = new();

    public Task ExecuteAsync(JobContext context, CancellationToken cancellationToken)
    {
        Record(context.Argument!, node.Value);
        return Task.CompletedTask;
    }

    public static void Record(string argument, string node) => Runs.GetOrAdd(argument, _ => new()).Enqueue(node);

    public static bool HasRun(string argument) => Runs.ContainsKey(argument);

    public static async Task<Dictionary<string, List<string>>> WaitForAsync(IReadOnlyCollection<string> arguments, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!arguments.All(Runs.ContainsKey))
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"{arguments.Count(a => !Runs.ContainsKey(a))} of {arguments.Count} jobs never ran.");
            await Task.Delay(200);
        }
        return arguments.ToDictionary(a => a, a => Runs[a].ToList());
    }
}

/// <summary>Throws on its first attempt, records its run on the next.</summary>
internal sealed class FailsOnceJob(NodeName node) : IJob
{
    public static readonly ConcurrentDictionary<string, int> Attempts = new();

    public Task ExecuteAsync(JobContext context, CancellationToken cancellationToken)
    {
        if (Attempts.AddOrUpdate(context.Argument!, 1, (_, n) => n + 1) == 1) throw new InvalidOperationException("first attempt fails");
        RecordingJob.Record(context.Argument!, node.Value);
        return Task.CompletedTask;
    }
}

internal sealed class AlwaysFailsJob : IJob
{
    public static readonly ConcurrentDictionary<string, int> Attempts = new();

    public Task ExecuteAsync(JobContext context, CancellationToken cancellationToken)
    {
        Attempts.AddOrUpdate(context.Argument!, 1, (_, n) => n + 1);
        throw new InvalidOperationException("always fails");
    }
}

/// <summary>/health/ready's "jobs" check follows this node's Hangfire server.</summary>
public sealed class JobsHealthTests(CongressFactory factory) : IClassFixture<CongressFactory>
{
    [Fact]
    public async Task The_jobs_check_is_healthy_while_the_server_runs_and_unhealthy_once_it_stopped()
    {
        var running = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/health/ready");
        running.GetProperty("checks").GetProperty("jobs").GetProperty("status").GetString().Should().Be("Healthy");

        await using var node = factory.WithWebHostBuilder(_ => { });
        var scheduler = await JobNodes.SchedulerAsync(node);
        await ((Microsoft.Extensions.Hosting.IHostedService)scheduler).StopAsync(default);

        var response = await node.CreateClient().GetAsync("/health/ready");
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.ServiceUnavailable);
        var stopped = await response.Content.ReadFromJsonAsync<JsonElement>();
        stopped.GetProperty("checks").GetProperty("jobs").GetProperty("status").GetString().Should().Be("Unhealthy");
        stopped.GetProperty("status").GetString().Should().Be("Unhealthy");
    }
}
