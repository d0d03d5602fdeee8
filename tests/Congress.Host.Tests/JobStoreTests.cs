using System.Collections.Concurrent;
using Congress.Shared.Infrastructure.Jobs;
using Congress.Testing;
using FluentAssertions;
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

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
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
        await (await SchedulerAsync(nodeA)).ScheduleOnceAsync<RecordingJob>(argument, DateTime.UtcNow.AddSeconds(3), argument, default);
        await nodeA.DisposeAsync(); // the node goes away before the job is due

        await using var nodeB = Node("B");
        _ = await SchedulerAsync(nodeB);

        // Generous: on a loaded 2-core CI machine starting node B and taking over node A's trigger once took over 45 s.
        var runs = await RecordingJob.WaitForAsync([argument], TimeSpan.FromSeconds(120));
        runs[argument].Should().ContainSingle().Which.Should().NotBe("A", "the trigger was stored in the database, not in node A's memory");
    }

    [PostgresFact]
    public async Task With_two_nodes_on_one_database_every_job_runs_exactly_once()
    {
        await using var nodeA = Node("A");
        await using var nodeB = Node("B");
        var arguments = Enumerable.Range(0, 30).Select(i => $"once-{i}-{Guid.NewGuid():N}").ToList();
        var dueAt = DateTime.UtcNow.AddSeconds(2);
        for (var i = 0; i < arguments.Count; i++)
            await (await SchedulerAsync(i % 2 == 0 ? nodeA : nodeB)).ScheduleOnceAsync<RecordingJob>(arguments[i], dueAt, arguments[i], default);

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

    /// <summary>
    /// The node's scheduler; the first call starts the node. Started off xunit's synchronisation context: the factory
    /// starts its host by blocking, and with the other test classes running alongside that can starve it.
    /// </summary>
    private static Task<IJobScheduler> SchedulerAsync(WebApplicationFactory<Program> node) =>
        Task.Run(() => node.Services.GetRequiredService<IJobScheduler>());

    internal sealed record NodeName(string Value);

    internal sealed class RecordingJob(NodeName node) : IJob
    {
        private static readonly ConcurrentDictionary<string, ConcurrentQueue<string>> Runs = new();

        public Task ExecuteAsync(JobContext context, CancellationToken cancellationToken)
        {
            Runs.GetOrAdd(context.Argument!, _ => new()).Enqueue(node.Value);
            return Task.CompletedTask;
        }

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
}
