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

    [Fact]
    public async Task The_kiosk_sends_camera_frames_and_without_face_recognition_points_to_the_qr_badge()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CONGRESS_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream", "--no-first-run"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseUrl, Permissions = ["camera"] });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await page.FillAsync("input[name=userName]", "btc");
        await page.FillAsync("input[name=password]", Congress.Testing.CongressFactory.DemoPassword);
        await page.ClickAsync("button[type=submit]");
        await page.Locator("nav.menu").WaitForAsync();

        var secretariat = await portal.SignInAsync("thuky");
        await secretariat.GotoAsync("/attendance");
        if (await secretariat.GetByTestId("session-open").IsVisibleAsync())
        {
            await secretariat.GetByTestId("session-open").ClickAsync();
            await secretariat.GetByTestId("session").WaitForAsync();
        }

        await page.GotoAsync("/attendance/kiosk");
        await Assertions.Expect(page.GetByTestId("kiosk-start")).ToBeEnabledAsync(new() { Timeout = 10_000 });
        await page.GetByTestId("kiosk-start").ClickAsync();

        await Assertions.Expect(page.GetByTestId("kiosk-answer")).ToContainTextAsync("Unavailable", new() { Timeout = 15_000 });
        await Assertions.Expect(page.GetByTestId("kiosk-answer")).ToContainTextAsync("dùng mã QR");
        await Assertions.Expect(page.GetByTestId("kiosk-frames")).Not.ToHaveTextAsync("0");
        await page.WaitForTimeoutAsync(1500);
        int.Parse(await page.GetByTestId("kiosk-frames").InnerTextAsync()).Should().BeGreaterThan(1, "a frame goes about every second");

        await page.GetByTestId("kiosk-qr").FillAsync("CB1.forged.token.x");
        await page.GetByRole(AriaRole.Button, new() { Name = "Điểm danh bằng thẻ" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("kiosk-answer")).ToContainTextAsync("không hợp lệ");
    }
}
