using FluentAssertions;
using Microsoft.Playwright;

namespace Congress.Portal.Tests;

/// <summary>
/// A motion in the hall, in real browsers: the chair's page, a delegate's tablet (which shows the vote when the chair opens
/// it and drops it at the close, with no "Refresh" pressed) and the projection screen.
/// </summary>
public sealed class VotingPortalTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task The_chair_opens_a_motion_a_delegate_votes_on_the_tablet_and_the_screen_shows_the_result()
    {
        var title = $"Thông qua chương trình làm việc {Guid.NewGuid():N}"[..40];
        var tablet = await portal.SignInAsync("daibieu01"); // waiting on the ballot page before the vote is opened
        await tablet.GotoAsync("/voting/ballot");
        var ballot = tablet.GetByTestId("ballot").Filter(new() { HasText = title });
        var chair = await portal.SignInAsync("thuky");
        await chair.GotoAsync("/voting");
        await chair.GetByTestId("mark-present").ClickAsync();
        await chair.GetByRole(AriaRole.Status).Filter(new() { HasText = "có mặt" }).WaitForAsync();
        await chair.GetByTestId("poll-title").FillAsync(title);
        await chair.GetByTestId("poll-create").ClickAsync();
        var row = chair.GetByTestId("poll-row").Filter(new() { HasText = title });
        await row.GetByRole(AriaRole.Button, new() { Name = "Mở biểu quyết" }).ClickAsync();
        await row.GetByText("Đang biểu quyết").WaitForAsync();
        var pollUrl = await row.GetByRole(AriaRole.Link, new() { Name = "Màn hình" }).GetAttributeAsync("href");

        var screen = await portal.SignInAsync("thuky");
        await screen.GotoAsync(pollUrl!);
        (await screen.GetByTestId("screen-title").InnerTextAsync()).Should().Be(title);
        (await screen.GetByTestId("screen-progress").InnerTextAsync()).Should().StartWith("Đã bỏ phiếu: 0 /");

        await Assertions.Expect(ballot).ToBeVisibleAsync(new() { Timeout = 10_000 }); // appeared by itself: nobody pressed "Làm mới"
        await ballot.GetByLabel("Tán thành", new() { Exact = true }).CheckAsync();
        await ballot.GetByRole(AriaRole.Button, new() { Name = "Gửi phiếu" }).ClickAsync();
        (await ballot.GetByTestId("receipt").InnerTextAsync()).Should().MatchRegex("Mã xác nhận: [0-9a-f]{64}");
        await tablet.ReloadAsync(); // the tablet restarted: it knows this delegate has voted, and offers no second ballot
        await Assertions.Expect(ballot.GetByTestId("voted")).ToBeVisibleAsync(new() { Timeout = 10_000 });
        (await ballot.GetByRole(AriaRole.Button, new() { Name = "Gửi phiếu" }).CountAsync()).Should().Be(0);

        await Assertions.Expect(screen.GetByTestId("screen-progress")).ToContainTextAsync("Đã bỏ phiếu: 1 /", new() { Timeout = 10_000 });
        await Assertions.Expect(row.GetByTestId("poll-progress")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^1/\\d+$"), new() { Timeout = 10_000 }); // the chair's page, live
        await row.GetByRole(AriaRole.Button, new() { Name = "Kết thúc" }).ClickAsync();
        await Assertions.Expect(ballot).ToHaveCountAsync(0, new() { Timeout = 10_000 }); // closed: gone from the tablet by itself
        await row.GetByRole(AriaRole.Button, new() { Name = "Công bố kết quả" }).ClickAsync();

        await Assertions.Expect(screen.GetByTestId("screen-outcome")).ToContainTextAsync("ĐƯỢC THÔNG QUA", new() { Timeout = 10_000 });
        (await screen.GetByTestId("screen-choice").First.InnerTextAsync()).Should().Contain("Tán thành").And.Contain("100%");
    }
}
