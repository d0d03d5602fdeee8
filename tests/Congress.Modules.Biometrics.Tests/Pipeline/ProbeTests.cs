using Congress.Modules.Biometrics.Application.Pipeline;
using Xunit.Abstractions;

namespace Congress.Modules.Biometrics.Tests.Pipeline;

[Collection("faces")]
public sealed class ProbeTests(FaceEngineFixture engine, ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        for (var n = 1; n <= 6; n++)
        {
            var image = engine.Decode(n);
            var faces = engine.Analyzer.Detect(image);
            output.WriteLine($"sample{n} {image.Width}x{image.Height}: {faces.Count} faces: " + string.Join(" ", faces.Select(f => $"[{f.X1:F0},{f.Y1:F0} {f.Size:F0} {f.Score:F2}]")));
            foreach (var f in faces)
            {
                var d = engine.Analyzer.Describe(image, f, true);
                output.WriteLine($"   spoof {d.SpoofScore:F3}");
            }
        }
    }
}
