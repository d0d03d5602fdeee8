using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Microsoft.Playwright;

namespace Congress.Portal.Tests;

/// <summary>The roll call in real browsers: the secretariat's page, and the kiosk with Chromium's fake camera.</summary>
public sealed class AttendancePortalTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task The_secretariat_opens_a_session_and_a_manual_check_in_raises_the_count()
    {
        var page = await portal.SignInAsync("thuky");
        await page.GotoAsync("/attendance");
        await page.Locator("[data-testid=session-name], [data-testid=session-close]").First.WaitForAsync();
        if (await page.GetByTestId("session-close").IsVisibleAsync()) await page.GetByTestId("session-close").ClickAsync(); // left open by another test
        await page.GetByTestId("session-name").FillAsync("Phiên trù bị");
        await page.GetByTestId("session-open").ClickAsync();
        await page.GetByTestId("session").WaitForAsync();
        (await page.GetByTestId("present-count").InnerTextAsync()).Should().Be("0");
        (await page.GetByTestId("quorum").InnerTextAsync()).Should().Contain("CHƯA ĐỦ TÚC SỐ");

        await page.GetByTestId("manual-code").FillAsync("DB001");
        await page.GetByTestId("manual-reason").FillAsync("Quên thẻ đại biểu");
        await page.GetByTestId("manual-submit").ClickAsync();

        await Assertions.Expect(page.GetByTestId("present-count")).ToHaveTextAsync("1", new() { Timeout = 10_000 });
        await Assertions.Expect(page.GetByTestId("attendance-message")).ToContainTextAsync("Đã điểm danh vào hội trường");
        await Assertions.Expect(page.GetByTestId("recent")).ToContainTextAsync("Quên thẻ đại biểu");

        await page.GetByTestId("manual-code").FillAsync("DB001");
        await page.GetByTestId("manual-reason").FillAsync("Quét lại");
        await page.GetByTestId("manual-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("attendance-message")).ToContainTextAsync("đã ở trong hội trường");
        (await page.GetByTestId("present-count").InnerTextAsync()).Should().Be("1");
    }

    /// <summary>
    /// The kiosk with a camera that films a delegate: Chromium's fake camera plays a video made (ffmpeg) from one of the real
    /// group photos, mirrored, darker and framed differently from the photo the delegate was enrolled with. The real models
    /// recognise the face, the kiosk greets the delegate by name, and the roll call counts them present once.
    /// </summary>
    [Fact]
    public async Task The_kiosk_recognises_an_enrolled_delegate_on_camera_and_greets_them_by_name()
    {
        var photos = Path.Combine(NativeFolder(), "photos");
        var work = Directory.CreateTempSubdirectory("congress-kiosk-").FullName;
        var enrolPhoto = Path.Combine(work, "enrol.jpg");
        var video = Path.Combine(work, "camera.y4m");
        // The man in the middle of sample3 (face box ~1030,193–1343,506 of 1920×1350): a passport-style crop to enrol...
        await FfmpegAsync("-i", Path.Combine(photos, "sample3.jpg"), "-vf", "crop=520:520:920:90", "-q:v", "2", enrolPhoto);
        // ...and two seconds of camera: another framing, mirrored, darker, at the kiosk's 640×480.
        await FfmpegAsync("-loop", "1", "-i", Path.Combine(photos, "sample3.jpg"), "-vf",
            "crop=640:480:860:60,hflip,eq=brightness=-0.06,format=yuv420p", "-t", "2", "-r", "10", video);

        using var api = new HttpClient { BaseAddress = new Uri(portal.BaseUrl) };
        var token = await (await api.PostAsJsonAsync("/api/identity/token", new { userName = "thuky", password = Congress.Testing.CongressFactory.DemoPassword }))
            .Content.ReadFromJsonAsync<JsonElement>();
        api.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
        var congressId = (await api.GetFromJsonAsync<JsonElement>("/api/delegates/congresses")).EnumerateArray().First().GetProperty("id").GetGuid();
        var official = (await api.GetFromJsonAsync<JsonElement>($"/api/delegates/congresses/{congressId}/delegates?credentialsStatus=Approved&kind=Official"))
            .GetProperty("items")[5];
        var (delegateId, fullName) = (official.GetProperty("id").GetGuid(), official.GetProperty("fullName").GetString()!);
        var enrolment = await api.PutAsync($"/api/biometrics/congresses/{congressId}/delegates/{delegateId}/face",
            new ByteArrayContent(await File.ReadAllBytesAsync(enrolPhoto)) { Headers = { ContentType = new("image/jpeg") } });
        enrolment.StatusCode.Should().Be(System.Net.HttpStatusCode.OK, await enrolment.Content.ReadAsStringAsync());
        await OpenSessionAsync();
        var presentBefore = (await api.GetFromJsonAsync<JsonElement>($"/api/attendance/congresses/{congressId}/roll-call")).GetProperty("presentAll").GetInt32();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CONGRESS_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
                $"--use-file-for-fake-video-capture={video}", "--no-first-run"],
        });
        var page = await portal.SignInAsync("btc", browser: browser);
        await page.GotoAsync("/attendance/kiosk");
        await Assertions.Expect(page.GetByTestId("kiosk-start")).ToBeEnabledAsync(new() { Timeout = 10_000 });
        await page.GetByTestId("kiosk-start").ClickAsync();

        await Assertions.Expect(page.GetByTestId("kiosk-answer")).ToContainTextAsync(fullName, new() { Timeout = 30_000 });
        await page.WaitForTimeoutAsync(2500); // more frames of the same man: he is already inside, not a second entry
        int.Parse(await page.GetByTestId("kiosk-frames").InnerTextAsync()).Should().BeGreaterThan(1, "a frame goes about every second");
        var rollCall = await api.GetFromJsonAsync<JsonElement>($"/api/attendance/congresses/{congressId}/roll-call");
        rollCall.GetProperty("presentAll").GetInt32().Should().Be(presentBefore + 1, "one man filmed for seconds is one entry");

        await page.GetByTestId("kiosk-qr").FillAsync("CB1.forged.token.x");
        await page.GetByRole(AriaRole.Button, new() { Name = "Điểm danh bằng thẻ" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("kiosk-answer")).ToContainTextAsync("không hợp lệ");
        (await api.PostAsync($"/api/attendance/congresses/{congressId}/sessions/close", null)).EnsureSuccessStatusCode();
        Directory.Delete(work, recursive: true);
    }

    private async Task OpenSessionAsync()
    {
        var secretariat = await portal.SignInAsync("thuky");
        await secretariat.GotoAsync("/attendance");
        await secretariat.Locator("[data-testid=session-open], [data-testid=session]").First.WaitForAsync();
        if (await secretariat.GetByTestId("session-open").IsVisibleAsync())
        {
            await secretariat.GetByTestId("session-open").ClickAsync();
            await secretariat.GetByTestId("session").WaitForAsync();
        }
    }

    /// <summary>The .native folder the setup script fills (the face models and the sample photos), above the test assembly.</summary>
    private static string NativeFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, ".native", "photos"))) return Path.Combine(dir.FullName, ".native");
        throw new InvalidOperationException("No .native/photos above the tests: run ./congress.sh test (or ./congress.sh native).");
    }

    private static async Task FfmpegAsync(params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("ffmpeg", ["-hide_banner", "-loglevel", "error", "-y", .. arguments]) { RedirectStandardError = true };
        using var process = System.Diagnostics.Process.Start(start)!;
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.Should().Be(0, errors);
    }
}
