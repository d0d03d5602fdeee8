using System.Globalization;
using Congress.Modules.Biometrics.Application.Pipeline;
using Congress.Modules.Biometrics.Application.Ports;
using Congress.Shared.Infrastructure.Hosting;
using Microsoft.Extensions.Options;

namespace Congress.Modules.Biometrics.Cli;

/// <summary>
/// <c>evaluate-liveness &lt;folder&gt;</c>: the liveness check's power, not only its pass rate. The folder holds <c>live/</c>
/// (real faces) and <c>recaptured/</c> (the same faces shown to the camera again: files named <c>…-&lt;kind&gt;.jpg</c>, see
/// bench/liveness/make-set.sh). Prints, per kind, how many faces the configured Biometrics:SpoofThreshold refuses, and a
/// sweep: the share of recaptured faces let through (APCER) against the share of live faces refused (BPCER).
/// </summary>
internal sealed class EvaluateLivenessVerb(IFaceEngineStatus engine, FaceAnalyzer analyzer, IOptions<BiometricsOptions> options) : ICliVerb
{
    public string Name => "evaluate-liveness";
    public string Usage => "evaluate-liveness <folder with live/ and recaptured/ (bench/liveness/make-set.sh builds one)>";

    public Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (arguments.Count < 1 || !Directory.Exists(Path.Combine(arguments[0], "live")) || !Directory.Exists(Path.Combine(arguments[0], "recaptured")))
        {
            output.WriteLine($"Cách dùng: {Usage}");
            return Task.FromResult(2);
        }
        if (!engine.IsAvailable)
        {
            output.WriteLine("Nhận diện khuôn mặt không chạy; thiếu: " + string.Join("; ", engine.Missing));
            return Task.FromResult(4);
        }
        var o = options.Value;
        var scores = new List<(string Kind, float Score)>();
        foreach (var (folder, live) in new[] { ("live", true), ("recaptured", false) })
            foreach (var file in Directory.GetFiles(Path.Combine(arguments[0], folder), "*.jpg").Order(StringComparer.Ordinal))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var kind = live ? "live" : KindOf(file);
                var analysis = analyzer.Detect(File.ReadAllBytes(file));
                if (analysis.Image is not { } image) continue;
                // Every face the gate would look at (large enough to identify), not only the largest.
                foreach (var face in analysis.Faces.Where(f => f.Size >= o.MinIdentifyFaceSize))
                    scores.Add((kind, analyzer.Describe(image, face, withLiveness: true).SpoofScore!.Value));
            }
        if (scores.Count(s => s.Kind == "live") == 0 || scores.Count(s => s.Kind != "live") == 0)
        {
            output.WriteLine("Cần khuôn mặt ở cả live/ và recaptured/ (faces needed in both folders).");
            return Task.FromResult(5);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Ngưỡng hiện tại Biometrics:SpoofThreshold = {o.SpoofThreshold:F2} (điểm > ngưỡng → từ chối)"));
        output.WriteLine("kind          faces  mean-score  refused");
        foreach (var group in scores.GroupBy(s => s.Kind).OrderBy(g => g.Key == "live" ? "" : g.Key, StringComparer.Ordinal))
        {
            var refused = group.Count(s => s.Score > o.SpoofThreshold);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{group.Key,-12} {group.Count(),6}  {group.Average(s => s.Score),10:F3}  {refused,4} ({100.0 * refused / group.Count(),5:F1}%)"));
        }
        var liveScores = scores.Where(s => s.Kind == "live").Select(s => s.Score).ToList();
        var attackScores = scores.Where(s => s.Kind != "live").Select(s => s.Score).ToList();
        output.WriteLine("threshold  APCER(recaptured accepted)  BPCER(live refused)");
        foreach (var t in new[] { 0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f, 0.9f, 0.95f, 0.97f, 0.99f })
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{t,9:F2}  {100.0 * attackScores.Count(s => s <= t) / attackScores.Count,25:F1}%  {100.0 * liveScores.Count(s => s > t) / liveScores.Count,18:F1}%"));
        return Task.FromResult(0);
    }

    private static string KindOf(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var dash = name.LastIndexOf('-');
        return dash < 0 ? "recaptured" : name[(dash + 1)..];
    }
}
