using System.Runtime.CompilerServices;
using Congress.Modules.Biometrics.Application.Recognition;
using Congress.Modules.Biometrics.Contracts;
using Congress.Shared.Infrastructure.Time;
using Microsoft.Extensions.Logging;

namespace Congress.Modules.Biometrics.Infrastructure.Camera;

/// <summary>
/// An entrance gate's camera through ffmpeg, each sampled frame identified against the congress's gallery
/// (<see cref="FaceRecognitionService.IdentifyFrameAsync"/>: liveness, threshold, margin, the attempt recorded).
/// </summary>
internal sealed class GateCameras(FaceRecognitionService recognition, IClock clock, ILoggerFactory loggers) : IGateCameras
{
    public async IAsyncEnumerable<GateSighting> WatchAsync(Guid congressId, GateCamera camera, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var source = new FfmpegCameraSource(
            new CameraSettings(camera.Source, camera.Width, camera.Height, Math.Clamp(camera.FramesPerSecond, 1, 15), camera.Loop),
            loggers.CreateLogger<FfmpegCameraSource>());
        await foreach (var frame in source.FramesAsync(cancellationToken))
            yield return new GateSighting(clock.UtcNow, await recognition.IdentifyFrameAsync(congressId, frame, cancellationToken));
    }
}
