namespace Congress.Modules.Biometrics;

/// <summary>Configuration section <c>Biometrics</c>. Every path may be absolute or relative to <see cref="NativeFolder"/>.</summary>
internal sealed class BiometricsOptions
{
    public const string Section = "Biometrics";

    /// <summary>Where the setup script put the models; empty: the nearest <c>.native</c> above the app or the working directory.
    /// (ONNX Runtime itself ships in the Microsoft.ML.OnnxRuntime package, next to the app.)</summary>
    public string NativeFolder { get; set; } = "";

    public ModelOptions Models { get; set; } = new();

    /// <summary>Threads ORT uses for one inference (the calling thread and one of its own).</summary>
    public int IntraOpThreads { get; set; } = 2;

    /// <summary>ORT's <c>session.set_denormal_as_zero</c> (flush-to-zero/denormals-are-zero on its threads, denormal weights
    /// flushed at load). Off by default: measured unneeded for these models on ORT 1.32 (bench <c>faces</c>, docs/adr/0014).</summary>
    public bool DenormalAsZero { get; set; }

    /// <summary>Images above this many pixels are refused from their header, before decoding.</summary>
    public long MaxPixels { get; set; } = 24_000_000;

    public int MaxImageBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>The detector's confidence for a face.</summary>
    public float DetectionThreshold { get; set; } = 0.65f;

    /// <summary>The smallest face (box side, pixels) a delegate's enrolment photo may hold.</summary>
    public int MinEnrolFaceSize { get; set; } = 80;

    /// <summary>The smallest face the kiosk tries to identify.</summary>
    public int MinIdentifyFaceSize { get; set; } = 40;

    /// <summary>Cosine similarity the best match must reach (see the <c>evaluate</c> verb to choose it).</summary>
    public float MatchThreshold { get; set; } = 0.45f;

    /// <summary>How far the best match must lead the runner-up (another delegate).</summary>
    public float MatchMargin { get; set; } = 0.05f;

    /// <summary>A face scoring above this as a spoof (photo, screen, mask) is refused; 1 turns the check off.</summary>
    public float SpoofThreshold { get; set; } = 0.97f;

    /// <summary>Base64 of 32 bytes: the AES-256-GCM key of the templates at rest. Empty: a key made once and kept in the
    /// database wrapped by the wrapping key of the key directory (<c>Biometrics:TemplateWrapKey</c> or
    /// <c>template-wrap.key</c>), which <c>keys rotate</c> replaces without touching the templates.</summary>
    public string TemplateKey { get; set; } = "";

    /// <summary>At most this many photos in one enrolment archive.</summary>
    public int MaxArchiveEntries { get; set; } = 5000;

    /// <summary>The largest enrolment archive accepted, in bytes.</summary>
    public int MaxArchiveBytes { get; set; } = 500 * 1024 * 1024;
}

internal sealed class ModelOptions
{
    public string Detector { get; set; } = "models/fr_detect.onnx";
    public string Landmarks { get; set; } = "models/fr_landmark.onnx";
    public string Embedder { get; set; } = "models/fr_feature.onnx";
    public string Liveness { get; set; } = "models/fr_liveness.onnx";
    public int EmbeddingSize { get; set; } = 512;
}
