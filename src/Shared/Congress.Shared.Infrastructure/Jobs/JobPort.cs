using Microsoft.Extensions.DependencyInjection;

namespace Congress.Shared.Infrastructure.Jobs;

/// <summary>
/// A unit of background work (reconciliation, timed closes, relays). Resolved from a fresh DI scope per run,
/// so it may use the module's DbContext and mediator. The scheduler behind the port is Hangfire (docs/adr/0013).
/// A job that throws is retried as its registration says (<see cref="JobRegistration"/>), so a job must be idempotent.
/// </summary>
public interface IJob
{
    Task ExecuteAsync(JobContext context, CancellationToken cancellationToken);
}

/// <param name="JobKey">The key the job was scheduled under.</param>
/// <param name="Argument">What the scheduler was given for this run (e.g. a poll id), if anything.</param>
public sealed record JobContext(string JobKey, string? Argument);

/// <summary>The job port: modules schedule work here and never see the scheduler behind it.</summary>
public interface IJobScheduler
{
    /// <summary>Runs <typeparamref name="TJob"/> once at <paramref name="runAtUtc"/>; scheduling the same key again replaces it.</summary>
    Task ScheduleOnceAsync<TJob>(string jobKey, DateTime runAtUtc, string? argument, CancellationToken cancellationToken) where TJob : IJob;

    /// <summary>Runs <typeparamref name="TJob"/> as soon as a worker is free.</summary>
    Task EnqueueAsync<TJob>(string jobKey, string? argument, CancellationToken cancellationToken) where TJob : IJob;

    /// <summary>Cancels the one-off job with this key if it has not started yet (a run in progress finishes).</summary>
    Task CancelAsync(string jobKey, CancellationToken cancellationToken);
}

/// <summary>A job that runs every <paramref name="Interval"/> from start-up, declared by a module.</summary>
public sealed record RecurringJob(string JobKey, Type JobType, TimeSpan Interval);

/// <summary>How often a failed run of <paramref name="JobType"/> is tried again before it is left failed (0: never).</summary>
public sealed record JobRetryPolicy(Type JobType, int Retries);

public static class JobRegistration
{
    /// <summary>
    /// A recurring job. Not retried by default: its next run is the retry. Runs of one recurring job never overlap
    /// (a run that finds the previous one still going is skipped).
    /// </summary>
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services, string jobKey, TimeSpan interval, int retries = 0) where TJob : class, IJob
    {
        services.AddJob<TJob>(retries);
        services.AddSingleton(new RecurringJob(jobKey, typeof(TJob), interval));
        return services;
    }

    /// <summary>A one-off job (scheduled or enqueued through <see cref="IJobScheduler"/>), retried <paramref name="retries"/> times when it throws.</summary>
    public static IServiceCollection AddJob<TJob>(this IServiceCollection services, int retries = 3) where TJob : class, IJob
    {
        services.AddScoped<TJob>();
        services.AddSingleton(new JobRetryPolicy(typeof(TJob), retries));
        return services;
    }
}
