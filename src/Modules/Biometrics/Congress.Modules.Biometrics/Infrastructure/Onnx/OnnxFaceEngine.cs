using Congress.Modules.Biometrics.Application.Pipeline;
using Congress.Modules.Biometrics.Application.Ports;
using Congress.Modules.Biometrics.Infrastructure.Imaging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;

namespace Congress.Modules.Biometrics.Infrastructure.Onnx;

/// <summary>
/// Loads the four face models once, on first use, into ONNX Runtime sessions (Microsoft.ML.OnnxRuntime, whose native
/// library ships in the package: docs/adr/0014). If a model file is missing or anything fails to load it says exactly
/// what (health check) and every port refuses, so IFaceRecognition answers Unavailable and QR/manual check-in go on.
/// </summary>
internal sealed class OnnxFaceEngine : IFaceEngineStatus, IDisposable
{
    private readonly BiometricsOptions _options;
    private readonly ILogger<OnnxFaceEngine> _logger;
    private readonly Lazy<Loaded?> _loaded;
    private List<string> _missing = [];

    public OnnxFaceEngine(IOptions<BiometricsOptions> options, ILogger<OnnxFaceEngine> logger)
    {
        _options = options.Value;
        _logger = logger;
        _loaded = new Lazy<Loaded?>(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    internal sealed record Loaded(string RuntimeVersion, OnnxModel Detector, OnnxModel Landmarks, OnnxModel Embedder, OnnxModel Liveness);

    public bool IsAvailable => _loaded.Value is not null;

    public IReadOnlyList<string> Missing => _loaded.Value is null ? _missing : [];

    public Loaded Models => _loaded.Value ?? throw new FaceEngineUnavailableException(string.Join("; ", _missing));

    public static string? FindNativeFolder(string configured)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return Path.GetFullPath(configured);
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, ".native");
                if (Directory.Exists(candidate)) return candidate;
            }
        }
        return null;
    }

    private string Resolve(string? folder, string path) => Path.IsPathRooted(path) ? path : Path.Combine(folder ?? Directory.GetCurrentDirectory(), path);

    private Loaded? Load()
    {
        var folder = FindNativeFolder(_options.NativeFolder);
        var missing = new List<string>();
        missing.AddRange(NativeImageDecoder.MissingLibraries());
        var paths = new[]
        {
            ("detector", Resolve(folder, _options.Models.Detector)), ("landmarks", Resolve(folder, _options.Models.Landmarks)),
            ("embedder", Resolve(folder, _options.Models.Embedder)), ("liveness", Resolve(folder, _options.Models.Liveness)),
        };
        missing.AddRange(paths.Where(p => !File.Exists(p.Item2)).Select(p => $"model {p.Item1}: {p.Item2} (./congress.sh native)"));
        if (missing.Count > 0)
        {
            _missing = missing;
            _logger.LogWarning("Face recognition unavailable; missing: {Missing}", string.Join("; ", missing));
            return null;
        }
        var opened = new List<OnnxModel>();
        try
        {
            var threads = Math.Max(1, _options.IntraOpThreads);
            OnnxModel Open(string path)
            {
                var model = new OnnxModel(path, threads, _options.DenormalAsZero);
                opened.Add(model);
                return model;
            }
            var loaded = new Loaded(OrtEnv.Instance().GetVersionString(), Open(paths[0].Item2), Open(paths[1].Item2), Open(paths[2].Item2), Open(paths[3].Item2));
            var embedding = loaded.Embedder.Outputs[0].Shape[^1];
            if (embedding != _options.Models.EmbeddingSize)
                throw new InvalidOperationException($"embedder outputs {embedding} values, Biometrics:Models:EmbeddingSize says {_options.Models.EmbeddingSize}");
            _logger.LogInformation("Face recognition ready: ONNX Runtime {Version}; detector {Detector}, embedder {Embedder}; {Key}: {DenormalAsZero}",
                loaded.RuntimeVersion, string.Join(" ", loaded.Detector.Outputs), string.Join(" ", loaded.Embedder.Outputs), OnnxModel.DenormalAsZeroKey, _options.DenormalAsZero);
            return loaded;
        }
        catch (Exception e) when (e is OnnxRuntimeException or DllNotFoundException or EntryPointNotFoundException or TypeInitializationException
                                      or BadImageFormatException or InvalidOperationException or FileNotFoundException)
        {
            foreach (var model in opened) model.Dispose();
            _missing = [$"ONNX Runtime or a model failed to load: {e.Message}"];
            _logger.LogError(e, "Face recognition unavailable");
            return null;
        }
    }

    private int _disposed;

    /// <summary>Idempotent: the container disposes this once per registration that hands it out (it backs two).</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        if (_loaded.IsValueCreated && _loaded.Value is { } loaded)
        {
            loaded.Detector.Dispose(); loaded.Landmarks.Dispose(); loaded.Embedder.Dispose(); loaded.Liveness.Dispose();
        }
    }
}


/// <summary>fr_detect: the whole image at 320×240, RGB (v−127)/128; scores[…,1] is "face", boxes are normalised x1,y1,x2,y2.</summary>
internal sealed class OnnxFaceDetector(OnnxFaceEngine engine, IOptions<BiometricsOptions> options) : IFaceDetector
{
    public IReadOnlyList<FaceBox> Detect(RgbImage image)
    {
        var model = engine.Models.Detector;
        var shape = model.Inputs[0].Shape;
        int h = (int)shape[2], w = (int)shape[3];
        using var run = model.Rent();
        ImageSampler.CropResizeChw(image, 0, 0, image.Width, image.Height, w, h, run.Input, -127f, 1 / 128f);
        run.Run();
        var scores = run.Output(model.OutputIndex("scores"));
        var boxes = run.Output(model.OutputIndex("boxes"));
        var threshold = options.Value.DetectionThreshold;
        var candidates = new List<FaceBox>();
        for (var i = 0; i < scores.Length / 2; i++)
        {
            var score = scores[i * 2 + 1];
            if (score < threshold) continue;
            candidates.Add(new FaceBox(boxes[i * 4] * image.Width, boxes[i * 4 + 1] * image.Height, boxes[i * 4 + 2] * image.Width, boxes[i * 4 + 3] * image.Height, score));
        }
        return FaceBoxes.SquareAndSort(FaceBoxes.Suppress(candidates, 0.4f), image.Width, image.Height);
    }
}

/// <summary>fr_landmark: the (square) box at 64×64 grey /256; 68 points normalised to the box; five of them derived.</summary>
internal sealed class OnnxLandmarkDetector(OnnxFaceEngine engine) : ILandmarkDetector
{
    public FivePoints Locate(RgbImage image, FaceBox face)
    {
        using var run = engine.Models.Landmarks.Rent();
        ImageSampler.CropResizeGrey(image, face.X1, face.Y1, face.Width, face.Height, 64, 64, run.Input, 1 / 256f);
        run.Run();
        var p = run.Output(0).ToArray(); // 136 values; the local functions below cannot read a span
        float X(int i) => face.X1 + p[2 * i] * face.Width;
        float Y(int i) => face.Y1 + p[2 * i + 1] * face.Height;
        // iBUG 68: eyes 36–41 and 42–47, nose tip 30, mouth corners 48/54 (with 60/64 inside).
        return new FivePoints(
            [(X(37) + X(38) + X(40) + X(41)) / 4, (X(43) + X(44) + X(46) + X(47)) / 4, X(30), (X(48) + X(60)) / 2, (X(54) + X(64)) / 2],
            [(Y(37) + Y(38) + Y(40) + Y(41)) / 4, (Y(43) + Y(44) + Y(46) + Y(47)) / 4, Y(30), (Y(48) + Y(60)) / 2, (Y(54) + Y(64)) / 2]);
    }
}

/// <summary>fr_feature: an aligned 112×112 face to a 512-value embedding, L2-normalised here.</summary>
internal sealed class OnnxFaceEmbedder(OnnxFaceEngine engine, IOptions<BiometricsOptions> options) : IFaceEmbedder
{
    public int Dimension => options.Value.Models.EmbeddingSize;

    public float[] Embed(float[] aligned)
    {
        using var run = engine.Models.Embedder.Rent();
        aligned.AsSpan().CopyTo(run.Input);
        run.Run();
        var embedding = run.Output(0).ToArray();
        var norm = MathF.Sqrt(System.Numerics.Tensors.TensorPrimitives.SumOfSquares(embedding));
        if (norm > 0) System.Numerics.Tensors.TensorPrimitives.Divide(embedding, norm, embedding);
        return embedding;
    }
}

/// <summary>fr_liveness: the box widened 2.7× at 128×128, raw RGB 0–255; softmax over three classes.</summary>
internal sealed class OnnxLivenessDetector(OnnxFaceEngine engine) : ILivenessDetector
{
    /// <summary>The class the model gives a live face: 0, as faceplugin's own JS reads it, and what 16 of the 22 real faces of the sample photos score highest on.</summary>
    public const int LiveClass = 0;

    public float SpoofScore(RgbImage image, FaceBox face)
    {
        const float widen = 2.7f;
        var scale = MathF.Min((image.Height - 1) / face.Height, MathF.Min((image.Width - 1) / face.Width, widen));
        float w = face.Width * scale, h = face.Height * scale;
        float cx = (face.X1 + face.X2) / 2, cy = (face.Y1 + face.Y2) / 2;
        // Keep the widened box inside the image (a box the size of the image, give or take rounding, starts at 0).
        float x = MathF.Max(0, MathF.Min(cx - w / 2, image.Width - 1 - w)), y = MathF.Max(0, MathF.Min(cy - h / 2, image.Height - 1 - h));
        using var run = engine.Models.Liveness.Rent();
        ImageSampler.CropResizeChw(image, x, y, w, h, 128, 128, run.Input, 0, 1);
        run.Run();
        var logits = run.Output(0);
        Span<float> probabilities = stackalloc float[logits.Length];
        System.Numerics.Tensors.TensorPrimitives.SoftMax(logits, probabilities);
        return 1 - probabilities[LiveClass];
    }
}
