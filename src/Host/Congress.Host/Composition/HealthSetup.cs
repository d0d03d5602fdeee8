using System.Text.Json;
using Congress.Shared.Infrastructure.Jobs;
using Congress.Shared.Infrastructure.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Congress.Host.Composition;

/// <summary>/health/live: the process answers. /health/ready: every module's database, the job scheduler, the live-signal backplane.</summary>
internal static class HealthSetup
{
    public static IServiceCollection AddCongressHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
            .AddCheck<JobsHealthCheck>("jobs", tags: ["ready"])
            .AddCheck<Congress.Shared.Infrastructure.Live.LiveSignalsHealthCheck>("live", tags: ["ready"]);
        return services;
    }

    public static void MapCongressHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = Write });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = Write });
    }

    private static Task Write(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        return http.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        }));
    }

    private sealed class DatabaseHealthCheck(IServiceProvider services, IEnumerable<ModuleDatabase> modules) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            await using var scope = services.CreateAsyncScope();
            foreach (var module in modules)
            {
                var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
                if (!await db.Database.CanConnectAsync(cancellationToken)) return HealthCheckResult.Unhealthy($"Không kết nối được cơ sở dữ liệu ({module.Schema}).");
                if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
                    return HealthCheckResult.Unhealthy($"Cơ sở dữ liệu chưa được nâng cấp ({module.Schema}): chạy 'migrate'.");
            }
            return HealthCheckResult.Healthy("Mọi lược đồ đã sẵn sàng.");
        }
    }
}
