using System.Collections.Specialized;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using Quartz.Impl;
using Quartz.Spi;

namespace Congress.Shared.Infrastructure.Jobs;

/// <summary>
/// The Quartz adapter behind <see cref="IJobScheduler"/>, hosted by a plain <see cref="IHostedService"/>
/// (Quartz.Extensions.Hosting is absent from our package source; docs/adr/0005).
/// Quartz only ever sees one job class, <see cref="ScopedJobRunner"/>, which resolves our job from DI.
/// </summary>
internal sealed class QuartzJobScheduler(IServiceProvider services, IEnumerable<RecurringJob> recurringJobs, ILogger<QuartzJobScheduler> logger)
    : IJobScheduler, IHostedService
{
    private const string JobTypeKey = "congress.job-type";
    private const string ArgumentKey = "congress.argument";
    private IScheduler? _scheduler;
    private readonly TaskCompletionSource<IScheduler> _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsRunning => _scheduler is { IsStarted: true, IsShutdown: false };

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var properties = new NameValueCollection
        {
            ["quartz.scheduler.instanceName"] = "congress",
            ["quartz.threadPool.maxConcurrency"] = "4",
            ["quartz.jobStore.type"] = "Quartz.Simpl.RAMJobStore, Quartz",
        };
        var scheduler = await new StdSchedulerFactory(properties).GetScheduler(cancellationToken);
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
        JobBuilder.Create<ScopedJobRunner>().WithIdentity(jobKey)
            .UsingJobData(JobTypeKey, jobType.AssemblyQualifiedName!)
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
                await job.ExecuteAsync(new JobContext(context.JobDetail.Key.Name, string.IsNullOrEmpty(argument) ? null : argument), context.CancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                scope.ServiceProvider.GetRequiredService<ILogger<QuartzJobScheduler>>()
                    .LogError(ex, "Job {JobKey} failed; it runs again on its next trigger", context.JobDetail.Key.Name);
            }
        }
    }
}
