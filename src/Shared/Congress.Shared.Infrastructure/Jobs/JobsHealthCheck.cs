using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Congress.Shared.Infrastructure.Jobs;

/// <summary>
/// Ready while this node's Hangfire server runs, its storage answers, and the storage sees the server's heartbeat
/// (a server whose heartbeat stopped is one the others will soon declare dead and take jobs from).
/// </summary>
public sealed class JobsHealthCheck(IServiceProvider services) : IHealthCheck
{
    /// <summary>Hangfire beats every 30 s; a server is declared dead after 5 min. Past this, something is wrong.</summary>
    private static readonly TimeSpan HeartbeatLimit = TimeSpan.FromMinutes(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduler = services.GetRequiredService<HangfireJobScheduler>();
        if (!scheduler.IsRunning) return HealthCheckResult.Unhealthy("Bộ lập lịch chưa chạy.");
        try
        {
            var server = await Task.Run(() => scheduler.Storage.GetMonitoringApi().Servers().FirstOrDefault(s => s.Name.StartsWith(scheduler.ServerName, StringComparison.Ordinal)),
                cancellationToken);
            var now = DateTime.UtcNow;
            if (server is null)
                return now - scheduler.StartedAtUtc < HeartbeatLimit
                    ? HealthCheckResult.Healthy("Bộ lập lịch đang khởi động.")
                    : HealthCheckResult.Unhealthy("Kho công việc không thấy máy chủ công việc của nút này.");
            if (server.Heartbeat is { } beat && now - beat > HeartbeatLimit)
                return HealthCheckResult.Unhealthy($"Máy chủ công việc của nút này im lặng từ {beat:HH:mm:ss} UTC.");
            return HealthCheckResult.Healthy($"Bộ lập lịch đang chạy ({server.WorkersCount} luồng).");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Không đọc được kho công việc nền.", ex);
        }
    }
}
