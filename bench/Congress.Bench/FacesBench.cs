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

        // Raw inference inputs, prepared once.
        var detInput = new float[3 * 240 * 320];
        ImageSampler.CropResizeChw(image, 0, 0, image.Width, image.Height, 320, 240, detInput, -127f, 1 / 128f);
        var lmkInput = new float[64 * 64];
        ImageSampler.CropResizeGrey(image, face.X1, face.Y1, face.Width, face.Height, 64, 64, lmkInput, 1 / 256f);
        var liveInput = new float[3 * 128 * 128];
        ImageSampler.CropResizeChw(image, face.X1, face.Y1, face.Width, face.Height, 128, 128, liveInput, 0, 1);

        Console.WriteLine($"ONNX Runtime {models.Runtime.Version}, {options.IntraOpThreads} intra-op threads, FTZ/DAZ on the calling thread: {Denormals.Available}; " +
                          $"{Environment.ProcessorCount} cores; frame 640×480 JPEG {jpeg.Length / 1024} KB, face {face.Size:F0} px; {iterations} runs per stage after warm-up");
        var results = new List<(string Stage, double Median, double P95)>();
        void Stage(string name, Action action) { var (m, p) = Measure(action, iterations); results.Add((name, m, p)); Console.WriteLine($"  {name,-34} median {m,7:F2} ms   p95 {p,7:F2} ms"); }

        Console.WriteLine("Raw inference (Run on ready tensors):");
        Stage("raw detect (fr_detect)", () => models.Detector.Run(detInput, [1, 3, 240, 320]));
        Stage("raw landmarks (fr_landmark)", () => models.Landmarks.Run(lmkInput, [1, 1, 64, 64]));
        Stage("raw embed (fr_feature)", () => models.Embedder.Run(aligned, [1, 3, 112, 112]));
        Stage("raw liveness (fr_liveness)", () => models.Liveness.Run(liveInput, [1, 3, 128, 128]));
        // Denormals: a second fr_feature session WITHOUT ORT's set_denormal_as_zero (which also flushes denormal weights at
        // load), run on a fresh thread that never touched MXCSR, with and without our FTZ/DAZ around Run.
        using (var plain = new OnnxModel(models.Runtime, models.Embedder.Path, options.IntraOpThreads, denormalAsZero: false))
        {
            var thread = new Thread(() =>
            {
                Stage("raw embed, plain session, no FTZ", () => plain.RunWithoutFlushToZero(aligned, [1, 3, 112, 112]));
                Stage("raw embed, plain session, FTZ/DAZ", () => plain.Run(aligned, [1, 3, 112, 112]));
            });
            thread.Start();
            thread.Join();
        }
        // The same five inferences back to back, as the pipeline runs them: each model then finds the others' weights in cache.
        Stage("raw chain (det, 2×lmk, embed, live)", () =>
        {
            models.Detector.Run(detInput, [1, 3, 240, 320]);
            models.Landmarks.Run(lmkInput, [1, 1, 64, 64]);
            models.Landmarks.Run(lmkInput, [1, 1, 64, 64]);
            models.Embedder.Run(aligned, [1, 3, 112, 112]);
            models.Liveness.Run(liveInput, [1, 3, 128, 128]);
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

        double Get(string stage) => results.First(r => r.Stage.StartsWith(stage)).Median;
        var rawSum = Get("raw detect") + 2 * Get("raw landmarks") + Get("raw embed (") + Get("raw liveness");
        var endToEnd = Get("end to end");
        Console.WriteLine($"Raw inference sum (detect + 2 × landmarks + embed + liveness): {rawSum:F2} ms");
        var chain = Get("raw chain");
        Console.WriteLine($"End to end / raw inference sum: {endToEnd / rawSum:F2}×; end to end / raw chain {chain:F2} ms: {endToEnd / chain:F2}× (goal ≤ 1.3×); end to end {endToEnd:F2} ms (goal ≈ 20 ms)");
        Console.WriteLine($"1:N over 10,000: {Get("1:N"):F3} ms (goal ≤ 1 ms)");
        Console.WriteLine($"fr_feature without any denormal handling {Get("raw embed, plain session, no FTZ"):F2} ms; with our FTZ/DAZ on the calling thread only " +
                          $"{Get("raw embed, plain session, FTZ"):F2} ms; as configured (ORT option + FTZ/DAZ) {Get("raw embed ("):F2} ms");
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
