using System.Collections.Specialized;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Congress.Shared.Infrastructure.Persistence;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;
using Quartz.Impl;
using Quartz.Spi;

namespace Congress.Shared.Infrastructure.Jobs;

/// <summary>
/// The Quartz adapter behind <see cref="IJobScheduler"/>, hosted by a plain <see cref="IHostedService"/>
/// (Quartz.Extensions.Hosting is absent from our package source; docs/adr/0005).
/// Quartz only ever sees one job class, <see cref="ScopedJobRunner"/>, which resolves our job from DI.
/// </summary>
internal sealed class QuartzJobScheduler(
    IServiceProvider services, IEnumerable<RecurringJob> recurringJobs, IOptions<DatabaseOptions> database, ILogger<QuartzJobScheduler> logger)
    : IJobScheduler, IHostedService
{
    private const string JobTypeKey = "congress.job-type";
    private const string ArgumentKey = "congress.argument";
    private IScheduler? _scheduler;
    private readonly TaskCompletionSource<IScheduler> _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsRunning => _scheduler is { IsStarted: true, IsShutdown: false };

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var properties = await StorePropertiesAsync(cancellationToken);
        properties["quartz.scheduler.instanceName"] = "congress";
        properties["quartz.threadPool.maxConcurrency"] = "4";
        var scheduler = await CreateOwnAsync(properties, cancellationToken);
        scheduler.JobFactory = new ScopedJobFactory(services);
        foreach (var job in recurringJobs)
        {
            var trigger = TriggerBuilder.Create().WithIdentity(job.JobKey).StartNow()
                .WithSimpleSchedule(s => s.WithInterval(job.Interval).RepeatForever().WithMisfireHandlingInstructionNextWithRemainingCount())
                .Build();
            await scheduler.ScheduleJob(BuildJob(job.JobKey, job.JobType, null), [trigger], replace: true, cancellationToken);
            logger.LogInformation("Recurring job {JobKey} every {Interval}", job.JobKey, job.Interval);
        }
        await scheduler.Start(cancellationToken);
        _scheduler = scheduler;
        _started.TrySetResult(scheduler);
    }

    private static readonly SemaphoreSlim Creating = new(1, 1);

    /// <summary>
    /// Quartz keeps schedulers in a process-wide repository and hands an existing one of the same name back, with the
    /// first host's job factory and services. Every host must drive its own (tests run several hosts in one process;
    /// cluster nodes all carry the name "congress"), so ours leaves the repository as soon as it is made.
    /// </summary>
    private static async Task<IScheduler> CreateOwnAsync(NameValueCollection properties, CancellationToken cancellationToken)
    {
        await Creating.WaitAsync(cancellationToken);
        try
        {
            var scheduler = await new StdSchedulerFactory(properties).GetScheduler(cancellationToken);
            SchedulerRepository.Instance.Remove(scheduler.SchedulerName, scheduler.SchedulerInstanceId);
            return scheduler;
        }
        finally
        {
            Creating.Release();
        }
    }

    /// <summary>
    /// PostgreSQL: Quartz's AdoJobStore, persistent (a one-off job survives a restart) and clustered (several nodes share
    /// the triggers; each fires on one node; a dead node's in-flight jobs are recovered). SQLite: in memory, one process.
    /// </summary>
    private async Task<NameValueCollection> StorePropertiesAsync(CancellationToken cancellationToken)
    {
        if (database.Value.Provider != DatabaseProvider.PostgreSql)
            return new NameValueCollection { ["quartz.jobStore.type"] = "Quartz.Simpl.RAMJobStore, Quartz" };
        await QuartzPostgresSchema.EnsureCreatedAsync(database.Value.ConnectionString, cancellationToken);
        return new NameValueCollection
        {
            ["quartz.scheduler.instanceId"] = "AUTO",
            ["quartz.scheduler.idleWaitTime"] = "5000", // how soon a node sees a trigger another node stored
            ["quartz.jobStore.type"] = "Quartz.Impl.AdoJobStore.JobStoreTX, Quartz",
            ["quartz.jobStore.driverDelegateType"] = "Quartz.Impl.AdoJobStore.PostgreSQLDelegate, Quartz",
            ["quartz.jobStore.tablePrefix"] = QuartzPostgresSchema.TablePrefix,
            ["quartz.jobStore.useProperties"] = "true",
            ["quartz.jobStore.clustered"] = "true",
            ["quartz.jobStore.clusterCheckinInterval"] = "5000",
            ["quartz.jobStore.dataSource"] = "congress",
            ["quartz.dataSource.congress.provider"] = "Npgsql",
            ["quartz.dataSource.congress.connectionString"] = database.Value.ConnectionString,
            ["quartz.serializer.type"] = typeof(StringMapSerializer).AssemblyQualifiedName!,
        };
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_scheduler is not null) await _scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken);
    }

    public async Task ScheduleOnceAsync<TJob>(string jobKey, DateTime runAtUtc, string? argument, CancellationToken cancellationToken) where TJob : IJob
    {
        var scheduler = await _started.Task.WaitAsync(cancellationToken);
        var trigger = TriggerBuilder.Create().WithIdentity(jobKey).StartAt(DateTime.SpecifyKind(runAtUtc, DateTimeKind.Utc))
            .WithSimpleSchedule(s => s.WithMisfireHandlingInstructionFireNow()).Build();
        await scheduler.ScheduleJob(BuildJob(jobKey, typeof(TJob), argument), [trigger], replace: true, cancellationToken);
    }

    public Task EnqueueAsync<TJob>(string jobKey, string? argument, CancellationToken cancellationToken) where TJob : IJob =>
        ScheduleOnceAsync<TJob>(jobKey, DateTime.UtcNow, argument, cancellationToken);

    public async Task CancelAsync(string jobKey, CancellationToken cancellationToken)
    {
        var scheduler = await _started.Task.WaitAsync(cancellationToken);
        await scheduler.DeleteJob(new JobKey(jobKey), cancellationToken);
    }

    private static IJobDetail BuildJob(string jobKey, Type jobType, string? argument) =>
        JobBuilder.Create<ScopedJobRunner>().WithIdentity(jobKey).RequestRecovery()
            .UsingJobData(JobTypeKey, $"{jobType.FullName}, {jobType.Assembly.GetName().Name}")
            .UsingJobData(ArgumentKey, argument ?? "")
            .Build();

    private sealed class ScopedJobFactory(IServiceProvider services) : IJobFactory
    {
        public Quartz.IJob NewJob(TriggerFiredBundle bundle, IScheduler scheduler) => new ScopedJobRunner(services);
        public void ReturnJob(Quartz.IJob job) { }
    }

    [DisallowConcurrentExecution]
    private sealed class ScopedJobRunner(IServiceProvider services) : Quartz.IJob
    {
        public async Task Execute(IJobExecutionContext context)
        {
            var data = context.MergedJobDataMap;
            var jobType = Type.GetType(data.GetString(JobTypeKey)!, throwOnError: true)!;
            var argument = data.GetString(ArgumentKey);
            await using var scope = services.CreateAsyncScope();
            var job = (IJob)scope.ServiceProvider.GetRequiredService(jobType);
            try
            {
                // On the thread pool, not on Quartz's own worker threads: a shutdown blocks a Quartz thread while it waits for
                // running jobs, and a job whose continuations queue behind that thread would never finish.
                var jobContext = new JobContext(context.JobDetail.Key.Name, string.IsNullOrEmpty(argument) ? null : argument);
                await Task.Run(() => job.ExecuteAsync(jobContext, context.CancellationToken), CancellationToken.None);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                scope.ServiceProvider.GetRequiredService<ILogger<QuartzJobScheduler>>()
                    .LogError(ex, "Job {JobKey} failed; it runs again on its next trigger", context.JobDetail.Key.Name);
            }
        }
    }
}
