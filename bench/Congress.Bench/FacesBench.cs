using System.Diagnostics;
using Congress.Modules.Biometrics;
using Congress.Modules.Biometrics.Application.Gallery;
using Congress.Modules.Biometrics.Application.Pipeline;
using Congress.Modules.Biometrics.Application.Ports;
using Congress.Modules.Biometrics.Infrastructure.Imaging;
using Congress.Modules.Biometrics.Infrastructure.Onnx;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Congress.Bench;

/// <summary>
/// Per stage of face identification on a 640×480 kiosk frame (one face, from the real sample photos), median and p95:
/// decode, detect, landmarks+align, embed, liveness, 1:N over 10,000 templates, end to end; and the models' raw inference
/// (Run on ready tensors) in the same run, so the overhead of everything around the models is a ratio.
/// </summary>
internal static class FacesBench
{
    public static int Run(int iterations)
    {
        var options = new BiometricsOptions();
        var wrapped = Options.Create(options);
        var engine = new OnnxFaceEngine(wrapped, NullLogger<OnnxFaceEngine>.Instance);
        if (!engine.IsAvailable)
        {
            Console.WriteLine("Face engine unavailable: " + string.Join("; ", engine.Missing) + " (run ./congress.sh native)");
            return 3;
        }
        var decoder = new NativeImageDecoder(wrapped);
        var detector = new OnnxFaceDetector(engine, wrapped);
        var landmarks = new OnnxLandmarkDetector(engine);
        var embedder = new OnnxFaceEmbedder(engine, wrapped);
        var liveness = new OnnxLivenessDetector(engine);
        var analyzer = new FaceAnalyzer(decoder, detector, landmarks, embedder, liveness);
        var models = engine.Models;

        // The kiosk frame: 640×480 around the first face of sample1 (face ≈ 190 px), as JPEG quality 90.
        var folder = OnnxFaceEngine.FindNativeFolder("")!;
        var photo = decoder.Decode(File.ReadAllBytes(Path.Combine(folder, "photos", "sample1.jpg"))).Image!;
        var face0 = detector.Detect(photo)[0];
        float cx = (face0.X1 + face0.X2) / 2, cy = (face0.Y1 + face0.Y2) / 2, w = face0.Size * 3.4f, h = w * 0.75f;
        var frame = ImageSampler.CropResize(photo, cx - w / 2, cy - h / 2, w, h, 640, 480);
        var jpeg = JpegEncoder.Encode(frame);
        var image = decoder.Decode(jpeg).Image!;
        var face = detector.Detect(image)[0];
        var points = landmarks.Locate(image, FaceAnalyzer.RefinedBox(landmarks.Locate(image, face), face.Score));
        var aligned = FaceAligner.AlignChw(image, points);
        var probe = embedder.Embed(aligned);

        var random = new Random(7);
        var rows = Enumerable.Range(0, 10_000).Select(i =>
        {
            var v = new float[options.Models.EmbeddingSize];
            for (var k = 0; k < v.Length; k++) v[k] = (float)(random.NextDouble() * 2 - 1);
            System.Numerics.Tensors.TensorPrimitives.Divide(v, MathF.Sqrt(System.Numerics.Tensors.TensorPrimitives.SumOfSquares(v)), v);
            return (Guid.NewGuid(), v);
        }).ToList();
        rows[4321] = (rows[4321].Item1, probe);
        var gallery = new GalleryMatrix(options.Models.EmbeddingSize, rows);

        // Raw inference: each model's own buffers (pinned tensors bound to the session), filled once; only Run is timed.
        using var detRun = models.Detector.Rent();
        ImageSampler.CropResizeChw(image, 0, 0, image.Width, image.Height, 320, 240, detRun.Input, -127f, 1 / 128f);
        using var lmkRun = models.Landmarks.Rent();
        ImageSampler.CropResizeGrey(image, face.X1, face.Y1, face.Width, face.Height, 64, 64, lmkRun.Input, 1 / 256f);
        using var embRun = models.Embedder.Rent();
        aligned.CopyTo(embRun.Input, 0);
        using var liveRun = models.Liveness.Rent();
        ImageSampler.CropResizeChw(image, face.X1, face.Y1, face.Width, face.Height, 128, 128, liveRun.Input, 0, 1);

        Console.WriteLine($"ONNX Runtime {models.RuntimeVersion} (NuGet Microsoft.ML.OnnxRuntime), {options.IntraOpThreads} intra-op threads, " +
                          $"{OnnxModel.DenormalAsZeroKey}: {options.DenormalAsZero}; " +
                          $"{Environment.ProcessorCount} cores; frame 640×480 JPEG {jpeg.Length / 1024} KB, face {face.Size:F0} px; {iterations} runs per stage after warm-up");
        var results = new List<(string Stage, double Median, double P95)>();
        void Stage(string name, Action action) { var (m, p) = Measure(action, iterations); results.Add((name, m, p)); Console.WriteLine($"  {name,-38} median {m,7:F2} ms   p95 {p,7:F2} ms"); }

        Console.WriteLine("Raw inference (Run on ready tensors):");
        Stage("raw detect (fr_detect)", detRun.Run);
        Stage("raw landmarks (fr_landmark)", lmkRun.Run);
        Stage("raw embed (fr_feature)", embRun.Run);
        Stage("raw liveness (fr_liveness)", liveRun.Run);
        // Denormals: fr_feature in two more sessions, without and with ORT's session.set_denormal_as_zero, each run on a
        // fresh thread (one that never created a session, so only ORT's option decides FTZ/DAZ on ORT's own pool thread).
        float[] plainEmbedding = [], flushedEmbedding = [];
        foreach (var denormalAsZero in new[] { false, true })
        {
            using var other = new OnnxModel(models.Embedder.Path, options.IntraOpThreads, denormalAsZero);
            var thread = new Thread(() =>
            {
                using var run = other.Rent();
                aligned.CopyTo(run.Input, 0);
                Stage(denormalAsZero ? "raw embed, set_denormal_as_zero=1" : "raw embed, no denormal handling", run.Run);
                if (denormalAsZero) flushedEmbedding = run.Output(0).ToArray(); else plainEmbedding = run.Output(0).ToArray();
            });
            thread.Start();
            thread.Join();
        }
        // The same five inferences back to back, as the pipeline runs them: each model then finds the others' weights in cache.
        Stage("raw chain (det, 2×lmk, embed, live)", () =>
        {
            detRun.Run();
            lmkRun.Run();
            lmkRun.Run();
            embRun.Run();
            liveRun.Run();
        });
        Console.WriteLine("Pipeline stages:");
        Stage("decode (libturbojpeg)", () => decoder.Decode(jpeg));
        Stage("detect (resize + model + NMS)", () => detector.Detect(image));
        Stage("landmarks ×2 + align", () => FaceAligner.AlignChw(image, landmarks.Locate(image, FaceAnalyzer.RefinedBox(landmarks.Locate(image, face), face.Score))));
        Stage("embed (+ normalise)", () => embedder.Embed(aligned));
        Stage("liveness (crop + model)", () => liveness.SpoofScore(image, face));
        Stage("1:N over 10,000 templates", () => gallery.Search(probe));
        Stage("end to end per face", () =>
        {
            var decoded = decoder.Decode(jpeg).Image!;
            var found = detector.Detect(decoded)[0];
            var described = analyzer.Describe(decoded, found, withLiveness: true);
            gallery.Search(described.Embedding);
        });

        // Where the time around the models goes (profile): the same loop without the 1:N scan (10,000 × 512 floats = 20 MB,
        // more than the CPU's caches, so the next frame's models reload their weights), and the raw chain followed by the scan.
        Stage("end to end without 1:N", () =>
        {
            var decoded = decoder.Decode(jpeg).Image!;
            analyzer.Describe(decoded, detector.Detect(decoded)[0], withLiveness: true);
        });
        Stage("raw chain + 1:N", () =>
        {
            detRun.Run(); lmkRun.Run(); lmkRun.Run(); embRun.Run(); liveRun.Run();
            gallery.Search(probe);
        });

        double Get(string stage) => results.First(r => r.Stage.StartsWith(stage)).Median;
        var rawSum = Get("raw detect") + 2 * Get("raw landmarks") + Get("raw embed (") + Get("raw liveness");
        var endToEnd = Get("end to end");
        Console.WriteLine($"Raw inference sum (detect + 2 × landmarks + embed + liveness): {rawSum:F2} ms");
        var chain = Get("raw chain");
        Console.WriteLine($"End to end / raw inference sum: {endToEnd / rawSum:F2}×; end to end / raw chain {chain:F2} ms: {endToEnd / chain:F2}× (goal ≤ 1.15×); end to end {endToEnd:F2} ms (goal ≤ 20 ms)");
        Console.WriteLine($"1:N over 10,000: {Get("1:N"):F3} ms (goal ≤ 1 ms)");
        var cosine = System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(plainEmbedding, flushedEmbedding);
        Console.WriteLine($"fr_feature without any denormal handling {Get("raw embed, no denormal"):F2} ms; with session.set_denormal_as_zero " +
                          $"{Get("raw embed, set_denormal"):F2} ms; as configured {Get("raw embed ("):F2} ms; the two embeddings agree to cosine {cosine:F6}");
        var best = gallery.Search(probe);
        Console.WriteLine($"(check: the probe finds its own row: {best.DelegateId == rows[4321].Item1}, similarity {best.Best:F3})");
        engine.Dispose();
        return 0;
    }

    private static (double Median, double P95) Measure(Action action, int iterations)
    {
        for (var i = 0; i < Math.Max(5, iterations / 10); i++) action();
        var times = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var started = Stopwatch.GetTimestamp();
            action();
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        Array.Sort(times);
        return (times[iterations / 2], times[(int)Math.Min(iterations - 1, Math.Ceiling(iterations * 0.95) - 1)]);
    }
}
