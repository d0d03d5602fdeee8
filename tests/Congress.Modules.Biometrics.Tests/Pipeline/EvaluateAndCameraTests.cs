using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Congress.Modules.Biometrics.Application.Ports;
using Congress.Modules.Biometrics.Cli;
using Congress.Modules.Biometrics.Infrastructure.Camera;
using Congress.Modules.Biometrics.Infrastructure.Imaging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Congress.Modules.Biometrics.Tests.Pipeline;

[Collection("faces")]
public sealed class EvaluateAndCameraTests(FaceEngineFixture engine) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("congress-faces-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Evaluate_prints_FAR_and_FRR_per_threshold_and_recommends_one_that_keeps_strangers_out()
    {
        // A folder per person: three shots each (portrait, mirrored, darker) of nine people from the sample photos.
        foreach (var (photo, face) in FacePipelineTests.LookingAtCamera.Concat([(5, 0), (5, 1), (6, 0)]))
        {
            var image = engine.Decode(photo);
            var box = engine.Analyzer.Detect(image)[face];
            var person = Directory.CreateDirectory(Path.Combine(_folder, $"person-{photo}-{face}")).FullName;
            var portrait = Augment.Portrait(image, box);
            await File.WriteAllBytesAsync(Path.Combine(person, "a.jpg"), JpegEncoder.Encode(portrait));
            await File.WriteAllBytesAsync(Path.Combine(person, "b.jpg"), JpegEncoder.Encode(Augment.Flip(Augment.Portrait(image, box, 0.9f, 0.05f, 0))));
            await File.WriteAllBytesAsync(Path.Combine(person, "c.png"), TestImages.Png(Augment.Brightness(portrait, -35)));
        }
        await File.WriteAllBytesAsync(Path.Combine(_folder, "person-5-0", "broken.jpg"), [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 4, 5]);
        var output = new StringWriter();
        var verb = new EvaluateVerb(engine.Engine, engine.Analyzer, Microsoft.Extensions.Options.Options.Create(engine.Options));

        var exit = await verb.RunAsync([_folder, "0.20", "0.80", "0.05"], output, default);

        var text = output.ToString();
        exit.Should().Be(0, text);
        text.Should().Contain("9 người, 27 khuôn mặt (1 ảnh bỏ qua)").And.Contain("27 cặp cùng người").And.Contain("324 cặp khác người");
        var rows = Regex.Matches(text, @"^\s+(0\.\d+)\s+([\d.]+)%\s+([\d.]+)%", RegexOptions.Multiline)
            .Select(m => (T: float.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Far: double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture),
                Frr: double.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture))).ToList();
        rows.Should().HaveCount(13);
        rows.Select(r => r.Far).Should().BeInDescendingOrder("a higher threshold accepts fewer strangers");
        rows.Select(r => r.Frr).Should().BeInAscendingOrder("and rejects more of the right people");
        var recommended = float.Parse(Regex.Match(text, @"MatchThreshold = (\d\.\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        rows.Single(r => MathF.Abs(r.T - recommended) < 1e-3).Far.Should().Be(0);
        var band = Regex.Match(text, @"middle of (\d\.\d+)–(\d\.\d+)");
        var (from, to) = (float.Parse(band.Groups[1].Value, CultureInfo.InvariantCulture), float.Parse(band.Groups[2].Value, CultureInfo.InvariantCulture));
        rows.Where(r => r.T >= from - 1e-3 && r.T <= to + 1e-3).Should().OnlyContain(r => r.Far == 0 && r.Frr == rows.Min(x => x.Frr));
        engine.Options.MatchThreshold.Should().BeInRange(from, to, "the configured default lies where these faces make no mistake");
    }

    [Fact]
    public async Task Evaluate_liveness_measures_the_refusal_rate_on_a_recaptured_set_built_from_the_sample_photos()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Congress.sln"))) root = root.Parent!;
        var script = Path.Combine(root.FullName, "bench", "liveness", "make-set.sh");
        var make = Process.Start(new ProcessStartInfo("bash", [script, Path.Combine(engine.NativeFolder, "photos"), _folder]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        await make.WaitForExitAsync();
        make.ExitCode.Should().Be(0, await make.StandardError.ReadToEndAsync());
        var output = new StringWriter();
        var verb = new EvaluateLivenessVerb(engine.Engine, engine.Analyzer, Microsoft.Extensions.Options.Options.Create(engine.Options));

        var exit = await verb.RunAsync([_folder], output, default);

        var text = output.ToString();
        exit.Should().Be(0, text);
        var kinds = Regex.Matches(text, @"^(\w+)\s+(\d+)\s+([\d.]+)\s+(\d+) \(\s*([\d.]+)%\)", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => (Faces: int.Parse(m.Groups[2].Value), Refused: double.Parse(m.Groups[5].Value, CultureInfo.InvariantCulture)));
        kinds.Keys.Should().BeEquivalentTo(["live", "flat", "moire", "reencoded", "screen"]);
        kinds.Values.Should().OnlyContain(k => k.Faces >= 15, "every face of the six photos, live and recaptured, is scored");
        kinds["live"].Refused.Should().Be(0, "at the configured threshold no live face of the sample photos is refused");
        var sweep = Regex.Matches(text, @"^\s+(0\.\d+)\s+([\d.]+)%\s+([\d.]+)%", RegexOptions.Multiline)
            .Select(m => (Apcer: double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), Bpcer: double.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture))).ToList();
        sweep.Should().HaveCount(12);
        sweep.Select(r => r.Apcer).Should().BeInAscendingOrder("a higher threshold lets more recaptured faces through");
        sweep.Select(r => r.Bpcer).Should().BeInDescendingOrder("and refuses fewer live ones");
    }

    [Fact]
    public async Task The_camera_source_reads_frames_from_ffmpeg_and_the_faces_are_found_in_them()
    {
        var video = Path.Combine(_folder, "hall.mkv");
        var make = Process.Start(new ProcessStartInfo("ffmpeg", ["-loglevel", "error", "-y", "-loop", "1", "-i", engine.Photo(6), "-t", "2", "-r", "10", "-vf", "scale=1280:1024", "-c:v", "mjpeg", video])
        { RedirectStandardError = true })!;
        await make.WaitForExitAsync();
        make.ExitCode.Should().Be(0, await make.StandardError.ReadToEndAsync());
        var camera = new FfmpegCameraSource(new CameraSettings(video, 960, 768, FramesPerSecond: 5), NullLogger<FfmpegCameraSource>.Instance);

        var frames = new List<RgbImage>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await foreach (var frame in camera.FramesAsync(timeout.Token)) frames.Add(frame);

        frames.Should().HaveCountGreaterThanOrEqualTo(8).And.OnlyContain(f => f.Width == 960 && f.Height == 768);
        engine.Analyzer.Detect(frames[^1]).Should().HaveCount(4, "the four women of sample6");
    }

    [Fact]
    public async Task A_camera_that_is_not_there_is_retried_with_backoff_until_cancelled()
    {
        var camera = new FfmpegCameraSource(new CameraSettings("rtsp://127.0.0.1:9/none", 640, 480), NullLogger<FfmpegCameraSource>.Instance);
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        var started = Stopwatch.StartNew();

        var frames = 0;
        await foreach (var _ in camera.FramesAsync(cancel.Token)) frames++;

        frames.Should().Be(0);
        started.Elapsed.Should().BeGreaterThan(TimeSpan.FromSeconds(2.5), "it kept trying until told to stop").And.BeLessThan(TimeSpan.FromSeconds(10));
    }
}
