using System.Globalization;
using Congress.Modules.Biometrics.Application.Evaluation;
using Congress.Modules.Biometrics.Application.Pipeline;
using Congress.Modules.Biometrics.Application.Ports;
using Congress.Shared.Infrastructure.Hosting;
using Microsoft.Extensions.Options;

namespace Congress.Modules.Biometrics.Cli;

/// <summary>
/// <c>evaluate &lt;folder&gt; [from to step] [target-far]</c>: a folder per person of face photos; prints FAR and FRR at each
/// threshold and recommends one for Biometrics:MatchThreshold.
/// </summary>
internal sealed class EvaluateVerb(IFaceEngineStatus engine, FaceAnalyzer analyzer, IOptions<BiometricsOptions> options) : ICliVerb
{
    public string Name => "evaluate";
    public string Usage => "evaluate <folder: one sub-folder of photos per person> [from=0.20 to=0.80 step=0.05] [target-far=0.001]";

    public Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (arguments.Count < 1 || !Directory.Exists(arguments[0]))
        {
            output.WriteLine($"Cách dùng: {Usage}");
            return Task.FromResult(2);
        }
        if (!engine.IsAvailable)
        {
            output.WriteLine("Nhận diện khuôn mặt không chạy; thiếu: " + string.Join("; ", engine.Missing));
            return Task.FromResult(4);
        }
        float Arg(int i, float fallback) => arguments.Count > i ? float.Parse(arguments[i], CultureInfo.InvariantCulture) : fallback;
        var (from, to, step) = (Arg(1, 0.20f), Arg(2, 0.80f), Arg(3, 0.05f));
        var targetFar = Arg(4, 0.001f);

        var faces = new List<(string, float[])>();
        var skipped = 0;
        foreach (var personFolder in Directory.GetDirectories(arguments[0]).Order(StringComparer.Ordinal))
        {
            var person = Path.GetFileName(personFolder);
            foreach (var file in Directory.GetFiles(personFolder).Where(f => f.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase)
                         || f.EndsWith(".jpeg", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".png", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var analysis = analyzer.Detect(File.ReadAllBytes(file));
                if (analysis.Image is null || analysis.Faces.Count == 0)
                {
                    output.WriteLine($"  bỏ qua {Path.GetRelativePath(arguments[0], file)}: {analysis.Problem?.Message ?? "không thấy khuôn mặt"}");
                    skipped++;
                    continue;
                }
                faces.Add((person, analyzer.Describe(analysis.Image, analysis.Faces[0], withLiveness: false).Embedding));
            }
        }
        var report = ThresholdEvaluation.Evaluate(faces, from, to, step, targetFar);
        output.WriteLine($"{report.People} người, {report.Faces} khuôn mặt ({skipped} ảnh bỏ qua); {report.GenuinePairs} cặp cùng người, {report.ImpostorPairs} cặp khác người");
        output.WriteLine("threshold      FAR       FRR");
        foreach (var row in report.Rows)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{row.Threshold,9:F3}  {row.FalseAcceptRate * 100,7:F2}%  {row.FalseRejectRate * 100,7:F2}%"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Đề xuất Biometrics:MatchThreshold = {report.Recommended:F2} ({report.Why}); hiện tại {options.Value.MatchThreshold:F2}"));
        return Task.FromResult(report.GenuinePairs == 0 || report.ImpostorPairs == 0 ? 5 : 0);
    }
}
