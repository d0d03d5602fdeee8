using Congress.Modules.Biometrics.Application.Ports;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Congress.Modules.Biometrics.Infrastructure.Health;

/// <summary>
/// "biometrics" on /health/ready: Degraded (not Unhealthy: QR and manual check-in still work) naming exactly what is
/// missing — a codec library, ONNX Runtime, or which model file at which path.
/// </summary>
internal sealed class FaceEngineHealthCheck(IFaceEngineStatus engine) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(engine.IsAvailable
            ? HealthCheckResult.Healthy("Nhận diện khuôn mặt sẵn sàng (face recognition ready).")
            : HealthCheckResult.Degraded("Nhận diện khuôn mặt không chạy; thiếu (missing): " + string.Join("; ", engine.Missing)));
}
