using Congress.Modules.Biometrics.Application.Recognition;
using Congress.Modules.Biometrics.Contracts;
using Congress.Modules.Biometrics.Infrastructure.Health;
using Congress.Modules.Biometrics.Infrastructure.Onnx;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;

namespace Congress.Modules.Biometrics.Tests.Integration;

/// <summary>A server without the models: health names what is missing and the kiosk hears Unavailable (QR and manual check-in go on).</summary>
public sealed class UnavailableTests : IDisposable
{
    private readonly string _empty = Directory.CreateTempSubdirectory("congress-no-native-").FullName;

    public void Dispose() => Directory.Delete(_empty, recursive: true);

    private OnnxFaceEngine Engine() => new(Microsoft.Extensions.Options.Options.Create(new BiometricsOptions { NativeFolder = _empty }), NullLogger<OnnxFaceEngine>.Instance);

    [Fact]
    public async Task Health_says_exactly_which_library_and_model_files_are_missing()
    {
        var engine = Engine();

        var health = await new FaceEngineHealthCheck(engine).CheckHealthAsync(new HealthCheckContext());

        engine.IsAvailable.Should().BeFalse();
        health.Status.Should().Be(HealthStatus.Degraded, "QR and manual check-in still work");
        health.Description.Should().Contain(Path.Combine(_empty, "onnxruntime/libonnxruntime.so.1"))
            .And.Contain(Path.Combine(_empty, "models/fr_detect.onnx")).And.Contain(Path.Combine(_empty, "models/fr_feature.onnx"))
            .And.Contain(Path.Combine(_empty, "models/fr_landmark.onnx")).And.Contain(Path.Combine(_empty, "models/fr_liveness.onnx"));
    }

    [Fact]
    public async Task The_kiosk_hears_unavailable_with_the_reason()
    {
        var service = new FaceRecognitionService(Engine(), null!, null!, Microsoft.Extensions.Options.Options.Create(new BiometricsOptions()), null!, null!,
            NullLogger<FaceRecognitionService>.Instance);

        var match = await service.IdentifyAsync(Guid.NewGuid(), new byte[] { 0xFF, 0xD8, 0xFF }, default);

        match.Outcome.Should().Be(FaceMatchOutcome.Unavailable);
        match.Reason.Should().Contain("QR").And.Contain("fr_detect.onnx");
    }
}
