namespace Congress.Modules.Biometrics.Contracts;

public enum FaceMatchOutcome
{
    /// <summary>One enrolled delegate matched above the threshold and by the margin over the runner-up.</summary>
    Recognised,
    /// <summary>A live face, but nobody in the gallery matched well enough: "unknown" is an answer.</summary>
    Unknown,
    /// <summary>No face large enough in the frame.</summary>
    NoFace,
    /// <summary>The liveness model scored the face as a photo or screen above the configured limit.</summary>
    Spoof,
    /// <summary>The image could not be decoded, or is too large or empty.</summary>
    BadImage,
    /// <summary>Face recognition is not running here (models or native libraries missing); use QR or manual check-in.</summary>
    Unavailable,
}

/// <param name="Similarity">Cosine similarity of the best match (0 when there was none).</param>
/// <param name="LivenessScore">The liveness model's score for the face, when it ran.</param>
/// <param name="Reason">A readable explanation, Vietnamese first, for the kiosk and the audit.</param>
public sealed record FaceMatch(FaceMatchOutcome Outcome, Guid? DelegateId, float Similarity, float? LivenessScore, string Reason);

/// <summary>
/// What Attendance may ask of Biometrics: who is this face among the delegates enrolled for a congress,
/// and who has been enrolled. The camera, the image codecs and the ONNX models stay behind this port.
/// </summary>
public interface IFaceRecognition
{
    /// <summary>Identifies the largest face in an encoded JPEG or PNG image against the congress's gallery.</summary>
    Task<FaceMatch> IdentifyAsync(Guid congressId, ReadOnlyMemory<byte> encodedImage, CancellationToken cancellationToken);

    /// <summary>The delegates of the congress with a face template on file.</summary>
    Task<IReadOnlySet<Guid>> EnrolledDelegateIdsAsync(Guid congressId, CancellationToken cancellationToken);
}

/// <summary>A fixed camera at an entrance gate.</summary>
/// <param name="Gate">The gate's name, as the ledger and the secretariat see it ("Cổng A").</param>
/// <param name="Source">An RTSP URL, a v4l2 device (/dev/video0) or a video file.</param>
/// <param name="FramesPerSecond">How many frames a second are sampled and looked at.</param>
/// <param name="Loop">For a video file: play it again when it ends (a rehearsal, a test).</param>
public sealed record GateCamera(string Gate, string Source, int FramesPerSecond = 2, int Width = 1280, int Height = 720, bool Loop = false);

/// <summary>One sampled frame of a gate's camera and what face recognition made of it (<see cref="FaceMatchOutcome.NoFace"/>
/// when nobody stood in front of it: the camera is alive all the same).</summary>
public sealed record GateSighting(DateTime AtUtc, FaceMatch Match);

/// <summary>
/// What Attendance's entrance gates ask of Biometrics: watch a camera, identify the faces in its frames against a
/// congress's gallery. The camera (ffmpeg), the codecs and the models stay behind this port.
/// </summary>
public interface IGateCameras
{
    /// <summary>Sightings until cancelled; a camera that drops is reconnected with backoff (no sighting meanwhile), and a
    /// video file ends unless <see cref="GateCamera.Loop"/>.</summary>
    IAsyncEnumerable<GateSighting> WatchAsync(Guid congressId, GateCamera camera, CancellationToken cancellationToken);
}
