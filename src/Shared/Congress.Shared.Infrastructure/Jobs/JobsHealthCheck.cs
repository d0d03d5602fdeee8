using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Congress.Shared.Infrastructure.Jobs;

/// <summary>Ready only while the scheduler behind the job port runs.</summary>
public sealed class JobsHealthCheck(IServiceProvider services) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduler = (QuartzJobScheduler)services.GetService(typeof(QuartzJobScheduler))!;
        return Task.FromResult(scheduler.IsRunning
            ? HealthCheckResult.Healthy("Bộ lập lịch đang chạy.")
            : HealthCheckResult.Unhealthy("Bộ lập lịch chưa chạy."));
    }
}
