using System.Diagnostics;
using FluentAssertions;
using Microsoft.Playwright;

namespace Congress.Portal.Tests;

/// <summary>The secretariat enrols a delegate's portrait from the face-recognition page, in a real browser.</summary>
public sealed class BiometricsPortalTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task The_secretariat_enrols_a_delegate_from_a_portrait_and_sees_them_listed()
    {
        var native = NativeFolder();
        var portrait = Path.Combine(Path.GetTempPath(), $"congress-portrait-{Guid.NewGuid():N}.jpg");
        // The first woman of sample1.jpg (face box ≈ 390,360, 230 px), with a margin around her face.
        var crop = Process.Start(new ProcessStartInfo("ffmpeg", ["-loglevel", "error", "-y", "-i", Path.Combine(native, "photos", "sample1.jpg"), "-vf", "crop=506:506:252:222", portrait]))!;
        await crop.WaitForExitAsync();
        crop.ExitCode.Should().Be(0);
        try
        {
            var page = await portal.SignInAsync("thuky");
            await page.GotoAsync("/biometrics");
            await page.GetByRole(AriaRole.Heading, new() { Name = "Nhận diện khuôn mặt" }).WaitForAsync();
            var select = page.GetByTestId("enrol-delegate");
            await Assertions.Expect(select).ToBeEnabledAsync();
            await Assertions.Expect(select.Locator("option").Nth(1)).ToBeAttachedAsync();
            var chosen = await select.Locator("option").Nth(1).InnerTextAsync();
            await select.SelectOptionAsync(new SelectOptionValue { Index = 1 });

            await page.GetByTestId("enrol-photo").SetInputFilesAsync(portrait);

            await Assertions.Expect(page.GetByTestId("faces-message")).ToContainTextAsync("Đã đăng ký khuôn mặt của", new() { Timeout = 20_000 });
            var code = chosen.Split(" — ")[0];
            await Assertions.Expect(page.GetByTestId("enrolled").Filter(new() { HasText = code })).ToHaveCountAsync(1);
        }
        finally { File.Delete(portrait); }
    }

    private static string NativeFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, ".native"))) return Path.Combine(dir.FullName, ".native");
        throw new InvalidOperationException("No .native folder: run ./congress.sh native first.");
    }
}
