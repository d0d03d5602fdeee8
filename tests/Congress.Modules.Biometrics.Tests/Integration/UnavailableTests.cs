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
    public async Task Health_says_exactly_which_model_files_are_missing()
    {
        var engine = Engine();

        var health = await new FaceEngineHealthCheck(engine).CheckHealthAsync(new HealthCheckContext());

        engine.IsAvailable.Should().BeFalse();
        health.Status.Should().Be(HealthStatus.Degraded, "QR and manual check-in still work");
        health.Description.Should().Contain(Path.Combine(_empty, "models/fr_detect.onnx")).And.Contain(Path.Combine(_empty, "models/fr_feature.onnx"))
            .And.Contain(Path.Combine(_empty, "models/fr_landmark.onnx")).And.Contain(Path.Combine(_empty, "models/fr_liveness.onnx"))
            .And.NotContain("libonnxruntime", "ONNX Runtime ships in the NuGet package; only the models come from ./congress.sh native");
    }

    [Fact]
    public async Task Health_names_the_one_model_file_that_is_missing_when_the_others_are_there()
    {
        var models = Path.Combine(_empty, "models");
        Directory.CreateDirectory(models);
        foreach (var name in new[] { "fr_detect.onnx", "fr_landmark.onnx", "fr_liveness.onnx" }) File.WriteAllBytes(Path.Combine(models, name), [0]);
        var engine = Engine();

        var health = await new FaceEngineHealthCheck(engine).CheckHealthAsync(new HealthCheckContext());

        health.Status.Should().Be(HealthStatus.Degraded);
        health.Description.Should().Contain(Path.Combine(models, "fr_feature.onnx")).And.NotContain("fr_detect.onnx");
    }

    [Fact]
    public async Task A_corrupt_model_file_is_reported_not_thrown()
    {
        var models = Path.Combine(_empty, "models");
        Directory.CreateDirectory(models);
        foreach (var name in new[] { "fr_detect.onnx", "fr_landmark.onnx", "fr_feature.onnx", "fr_liveness.onnx" })
            File.WriteAllText(Path.Combine(models, name), "not an onnx model");
        var engine = Engine();

        var health = await new FaceEngineHealthCheck(engine).CheckHealthAsync(new HealthCheckContext());

        engine.IsAvailable.Should().BeFalse();
        health.Status.Should().Be(HealthStatus.Degraded);
        health.Description.Should().Contain("fr_detect.onnx", "ORT's own message names the file it could not load");
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
