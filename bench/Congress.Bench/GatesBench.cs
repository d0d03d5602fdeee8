using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Congress.Modules.Biometrics.Infrastructure.Onnx;
using Congress.Modules.Delegates.Contracts;
using Congress.Shared.Infrastructure.Hosting;
using Congress.Shared.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Portal;
using Congress.Shared.Kernel;
using Microsoft.Extensions.DependencyInjection;
using static Congress.Bench.BenchHttp;

namespace Congress.Bench;

/// <summary>
/// Four entrance gates at once: each posts its camera's frames (640×480 JPEG of one enrolled delegate, cut from the real
/// group photos with ffmpeg) to the kiosk's check-in endpoint as fast as answers come back, for a number of seconds.
/// Prints check-ins/s and p50/p95 latency, against /health/live from four clients on the same host in the same run.
/// Needs ./congress.sh native (models, photos) and ffmpeg.
/// </summary>
internal static class GatesBench
{
    private const int Gates = 4;

    /// <summary>One person per gate: a photo, the square around the face to enrol from, and the kiosk's framing of them.</summary>
    private static readonly (string Photo, string Enrol, string Frame)[] People =
    [
        ("sample3.jpg", "crop=520:520:920:90", "crop=640:480:860:60"),
        ("sample1.jpg", "crop=400:400:305:275", "crop=640:480:185:235"),
        ("sample2.jpg", "crop=400:400:1341:77", "crop=640:480:1221:37"),
        ("sample6.jpg", "crop=500:500:506:228", "crop=640:480:436:238"),
    ];

    public static async Task<int> RunAsync(int seconds)
    {
        var native = OnnxFaceEngine.FindNativeFolder("")
            ?? throw new InvalidOperationException("No .native folder: run ./congress.sh native first (from the repository).");
        var work = Directory.CreateTempSubdirectory("congress-gates-").FullName;
        var database = Path.Combine(work, "bench.db");
        var host = await BenchHost.StartAsync($"Data Source={database}", [$"--Biometrics:NativeFolder={native}"]);
        var (app, http, congressId, province) = (host.App, host.Http, host.CongressId, host.Province);
        try
        {
            using var scope = app.Services.CreateScope();
            var officials = (await scope.ServiceProvider.GetRequiredService<IDelegateRoster>().ListAsync(congressId, default))
                .Where(d => d.Kind == "Official" && d.CredentialsApproved).Take(Gates).ToList();
            var secretariat = Token(app, Roles.Secretariat, province, null);

            var frames = new byte[Gates][];
            for (var i = 0; i < Gates; i++)
            {
                var (photo, enrol, frame) = People[i];
                var source = Path.Combine(native, "photos", photo);
                var enrolFile = Path.Combine(work, $"enrol{i}.jpg");
                var frameFile = Path.Combine(work, $"frame{i}.jpg");
                await FfmpegAsync("-i", source, "-vf", enrol, "-q:v", "2", enrolFile);
                await FfmpegAsync("-i", source, "-vf", $"{frame},hflip", "-q:v", "4", frameFile);
                frames[i] = await File.ReadAllBytesAsync(frameFile);
                using var put = Authorised(new HttpRequestMessage(HttpMethod.Put, $"/api/biometrics/congresses/{congressId}/delegates/{officials[i].DelegateId}/face")
                {
                    Content = new ByteArrayContent(await File.ReadAllBytesAsync(enrolFile)) { Headers = { ContentType = new MediaTypeHeaderValue("image/jpeg") } },
                }, secretariat);
                var enrolled = await http.SendAsync(put);
                if (!enrolled.IsSuccessStatusCode) throw new InvalidOperationException($"Enrolment {i}: {await enrolled.Content.ReadAsStringAsync()}");
            }
            await SendAsync(http, secretariat, HttpMethod.Post, $"/api/attendance/congresses/{congressId}/sessions", new { name = "Phiên đo hiệu năng", kind = "Official" });

            var baseline = await RunGatesAsync(seconds, _ => new HttpRequestMessage(HttpMethod.Get, "/health/live"), http, null);
            var checkIns = await RunGatesAsync(seconds, gate => Authorised(new HttpRequestMessage(HttpMethod.Post,
                $"/api/attendance/congresses/{congressId}/face-checkins?gate=Cong{gate}&scanKey={Guid.NewGuid():N}")
            {
                Content = new ByteArrayContent(frames[gate]) { Headers = { ContentType = new MediaTypeHeaderValue("image/jpeg") } },
            }, secretariat), http, officials.Select(o => o.DelegateId).ToArray());

            Console.WriteLine($"Four gates at once on SQLite, {seconds} s each, loopback HTTP, real models (one enrolled delegate per gate)");
            Console.WriteLine($"  baseline GET /health/live:   {baseline.PerSecond,8:F1} req/s      p50 {baseline.P50,7:F2} ms   p95 {baseline.P95,7:F2} ms");
            Console.WriteLine($"  face check-in (JPEG frame):  {checkIns.PerSecond,8:F1} check-ins/s p50 {checkIns.P50,7:F2} ms   p95 {checkIns.P95,7:F2} ms");
            Console.WriteLine($"  recognised as the gate's delegate: {checkIns.Recognised} of {checkIns.Count} answers ({checkIns.Failures} errors)");
            Console.WriteLine($"  answers: {checkIns.Outcomes}");
            Console.WriteLine($"  ratio to baseline: p50 {checkIns.P50 / baseline.P50:F1}×; goal ≥ 20 check-ins/s -> {(checkIns.PerSecond >= 20 ? "met" : "NOT met")}");
            return checkIns.Recognised == checkIns.Count && checkIns.Failures == 0 ? 0 : 1;
        }
        finally
        {
            await host.DisposeAsync();
            Directory.Delete(work, recursive: true);
        }
    }

    private sealed record Figures(double PerSecond, double P50, double P95, int Count, int Recognised, int Failures, string Outcomes);

    /// <summary>Each gate sends its next request as soon as the previous answer arrives, until the time is up.</summary>
    private static async Task<Figures> RunGatesAsync(int seconds, Func<int, HttpRequestMessage> request, HttpClient http, Guid[]? expected)
    {
        var latencies = new List<double>[Gates];
        var recognised = 0;
        var failures = 0;
        var outcomes = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Gates).Select(gate => Task.Run(async () =>
        {
            latencies[gate] = [];
            while (clock.Elapsed.TotalSeconds < seconds)
            {
                using var message = request(gate);
                var sent = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(message);
                var body = await response.Content.ReadAsStringAsync();
                latencies[gate].Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                if (!response.IsSuccessStatusCode) Interlocked.Increment(ref failures);
                else if (expected is not null)
                {
                    var outcome = Outcome(body, expected[gate]);
                    outcomes.AddOrUpdate($"gate {gate}: {outcome}", 1, (_, n) => n + 1);
                    if (outcome == "Recognised") Interlocked.Increment(ref recognised);
                }
            }
        })));
        var all = latencies.SelectMany(l => l).Order().ToList();
        return new Figures(all.Count / clock.Elapsed.TotalSeconds, all[all.Count / 2], all[(int)(all.Count * 0.95)], all.Count, recognised, failures,
            string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} ×{o.Value}")));
    }

    /// <summary>The kiosk's verdict on a frame; "Recognised" only when it names the gate's own delegate.</summary>
    private static string Outcome(string body, Guid delegateId)
    {
        using var json = JsonDocument.Parse(body);
        var face = json.RootElement.GetProperty("face");
        var outcome = face.GetProperty("outcome").GetString()!;
        var named = face.TryGetProperty("delegateId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetGuid() : (Guid?)null;
        return outcome == "Recognised" && named != delegateId ? "RecognisedSomeoneElse" : outcome;
    }

    private static async Task FfmpegAsync(params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo("ffmpeg", ["-hide_banner", "-loglevel", "error", "-y", .. arguments]) { RedirectStandardError = true })!;
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"ffmpeg: {errors}");
    }
}
