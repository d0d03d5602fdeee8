using Microsoft.Extensions.DependencyInjection;

namespace Congress.Shared.Infrastructure.Jobs;

/// <summary>
/// A unit of background work (reconciliation, timed closes, relays). Resolved from a fresh DI scope per run,
/// so it may use the module's DbContext and mediator. The scheduler behind the port is Quartz (docs/adr/0005).
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

    Task CancelAsync(string jobKey, CancellationToken cancellationToken);
}

/// <summary>A job that runs every <paramref name="Interval"/> from start-up, declared by a module.</summary>
public sealed record RecurringJob(string JobKey, Type JobType, TimeSpan Interval);

public static class JobRegistration
{
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services, string jobKey, TimeSpan interval) where TJob : class, IJob
    {
        services.AddScoped<TJob>();
        services.AddSingleton(new RecurringJob(jobKey, typeof(TJob), interval));
        return services;
    }

    public static IServiceCollection AddJob<TJob>(this IServiceCollection services) where TJob : class, IJob =>
        services.AddScoped<TJob>();
}
