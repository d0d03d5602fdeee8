using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Congress.Modules.Biometrics.Infrastructure.Imaging;
using Congress.Modules.Delegates.Contracts;
using Congress.Shared.Infrastructure.Portal;
using Congress.Shared.Kernel;
using Congress.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Biometrics.Tests.Integration;

/// <summary>Two entrance gates: "Cổng A" films a video file (a delegate's face, made by ffmpeg from a sample photo, looping);
/// "Cổng B" points at an RTSP camera that is not there.</summary>
public sealed class GateFactory : CongressFactory
{
    /// <summary>Under the test output, removed with it (the video is a few hundred kilobytes).</summary>
    public string Folder { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "gate-videos", Guid.NewGuid().ToString("N"))).FullName;
    public string Video => Path.Combine(Folder, "cong-a.mkv");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Attendance:Gates:0:Name", "Cổng A");
        builder.UseSetting("Attendance:Gates:0:Source", Video);
        builder.UseSetting("Attendance:Gates:0:Loop", "true");
        builder.UseSetting("Attendance:Gates:0:FramesPerSecond", "4");
        builder.UseSetting("Attendance:Gates:1:Name", "Cổng B");
        builder.UseSetting("Attendance:Gates:1:Source", "rtsp://127.0.0.1:9/none");
    }
}

/// <summary>
/// The entrance camera drives the ledger by itself: with the real models, a delegate enrolled from one photo walks past a
/// gate camera (a video made from another view of her face) and is checked in once, however many frames show her; the gate's
/// state is on the secretariat's REST list and on /health/ready; a camera that is not there shows as "no signal".
/// </summary>
[Collection("faces")]
public sealed class EntranceGateTests(GateFactory factory, FaceEngineFixture engine) : IClassFixture<GateFactory>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task A_delegate_filmed_at_the_gate_is_checked_in_once_and_the_gates_state_is_visible()
    {
        var congressId = (await factory.AsCallerAsync(Roles.Secretariat, "NB", s => s.GetRequiredService<ICongressChoices>().ForCurrentUserAsync(default))).First().Id;
        IReadOnlyList<RosterEntry> delegates;
        await using (var scope = factory.Services.CreateAsyncScope())
            delegates = await scope.ServiceProvider.GetRequiredService<IDelegateRoster>().ListAsync(congressId, default);
        var alice = delegates.First(d => d.Kind == "Official" && d.CredentialsApproved);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.BearerTokenFor(Roles.SystemAdmin));

        // Enrolled from one view; filmed at the gate mirrored and darker, in a 1280×720 frame.
        var photo = engine.Decode(1);
        var face = engine.Analyzer.Detect(photo)[0];
        var enrol = new ByteArrayContent(JpegEncoder.Encode(Augment.Portrait(photo, face))) { Headers = { ContentType = new MediaTypeHeaderValue("image/jpeg") } };
        (await client.PutAsync($"/api/biometrics/congresses/{congressId}/delegates/{alice.DelegateId}/face", enrol)).StatusCode.Should().Be(HttpStatusCode.OK);
        var still = Path.Combine(factory.Folder, "still.jpg");
        await File.WriteAllBytesAsync(still, JpegEncoder.Encode(Augment.Brightness(Augment.Flip(Augment.Portrait(photo, face, 0.9f, 0, 0, 0.7f)), -30)));
        var ffmpeg = Process.Start(new ProcessStartInfo("ffmpeg", ["-loglevel", "error", "-y", "-loop", "1", "-i", still, "-t", "3", "-r", "10",
            "-vf", "scale=1280:720:force_original_aspect_ratio=decrease,pad=1280:720:(ow-iw)/2:(oh-ih)/2", "-c:v", "mjpeg", factory.Video]) { RedirectStandardError = true })!;
        await ffmpeg.WaitForExitAsync();
        ffmpeg.ExitCode.Should().Be(0, await ffmpeg.StandardError.ReadToEndAsync());

        // The gates admit to the congress in session: none is open yet, so they wait.
        await client.PostAsync($"/api/attendance/congresses/{congressId}/sessions/close", null);
        (await GatesAsync(client, congressId)).Should().OnlyContain(g => g.State == "WaitingForSession" || g.State == "Starting");
        (await client.PostAsJsonAsync($"/api/attendance/congresses/{congressId}/sessions", new { Name = "Phiên chính thức", Kind = "Official" })).StatusCode.Should().Be(HttpStatusCode.OK);

        List<Line> history = [];
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(90) && history.Count == 0)
        {
            await Task.Delay(500);
            history = (await client.GetFromJsonAsync<List<Line>>($"/api/attendance/congresses/{congressId}/delegates/{alice.DelegateId}/presence", Json))!;
        }
        history.Should().ContainSingle("the gate checked her in").Which.Should().BeEquivalentTo(new { Method = "Face", Direction = "Entry", Gate = "Cổng A" });

        await Task.Delay(TimeSpan.FromSeconds(2)); // more frames of her
        var gates = await GatesAsync(client, congressId);
        var gateA = gates.Single(g => g.Name == "Cổng A");
        gateA.State.Should().Be("Connected");
        gateA.Frames.Should().BeGreaterThan(4, "the camera kept filming her");
        gateA.CheckIns.Should().Be(1);
        gateA.LastFrameUtc.Should().BeCloseTo(DateTime.UtcNow, TimeSpan.FromSeconds(10));
        (await client.GetFromJsonAsync<List<Line>>($"/api/attendance/congresses/{congressId}/delegates/{alice.DelegateId}/presence", Json))
            .Should().ContainSingle("frame after frame of the same delegate is one entry in the ledger");
        gates.Single(g => g.Name == "Cổng B").State.Should().Be("NoSignal");

        var health = await client.GetFromJsonAsync<JsonElement>("/health/ready");
        var check = health.GetProperty("checks").GetProperty("gates");
        check.GetProperty("status").GetString().Should().Be("Degraded", "gate B has no signal; QR and manual check-in still work");
        check.GetProperty("description").GetString().Should().Contain("Cổng A: Connected").And.Contain("Cổng B: NoSignal");
    }

    private static async Task<List<Gate>> GatesAsync(HttpClient client, Guid congressId) =>
        (await client.GetFromJsonAsync<List<Gate>>($"/api/attendance/congresses/{congressId}/gates", Json))!;

    private sealed record Gate(string Name, string State, DateTime? LastFrameUtc, int Frames, int CheckIns, string? LastMessage);
    private sealed record Line(string Method, string Direction, string? Gate);
}
