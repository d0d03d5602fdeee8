using Congress.Modules.Attendance.Application.Gates;
using Congress.Modules.Attendance.Application.Gates.ListGates;
using Congress.Shared.Infrastructure.Time;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Congress.Modules.Attendance.Infrastructure.Health;

/// <summary>
/// "gates" on /health/ready: each entrance camera's state and last frame. Degraded, not Unhealthy, when a camera has no
/// signal or face recognition is off: QR badges and manual check-in still work, and the host must stay in the pool.
/// </summary>
internal sealed class GatesHealthCheck(GateBoard board, IClock clock) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var gates = board.Snapshot(clock.UtcNow, ListGatesQueryHandler.StaleAfter);
        if (gates.Count == 0) return Task.FromResult(HealthCheckResult.Healthy("Không có máy ảnh cổng nào được cấu hình (no gate cameras configured)."));
        var text = string.Join("; ", gates.Select(g => $"{g.Name}: {g.State}" + (g.LastFrameUtc is { } at ? $", khung hình cuối {at:O}" : "")));
        var data = gates.ToDictionary(g => g.Name, g => (object)new { g.State, g.LastFrameUtc, g.Frames, g.CheckIns });
        return Task.FromResult(gates.All(g => g.State is "Connected" or "WaitingForSession")
            ? HealthCheckResult.Healthy(text, data)
            : HealthCheckResult.Degraded(text, data: data));
    }
}
