using FluentAssertions;
using Microsoft.Playwright;

namespace Congress.Portal.Tests;

/// <summary>
/// The portal's second fence: an observer and a delegate's tablet see no button for what their role may not do on the
/// credentials, voting and roll-call pages, while the roles that may see them. (The first fence, the request pipeline,
/// refuses the same commands sent from the portal whatever a page shows: AuthorisationMatrixTests.)
/// </summary>
public sealed class PortalRoleTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [InlineData("quansat")]
    [InlineData("daibieu01")]
    public async Task Credentials_can_be_decided_only_by_the_credentials_board(string userName)
    {
        var board = await portal.SignInAsync("thamtra");
        await board.GotoAsync("/delegates/credentials");
        await board.GetByTestId("credentials-approve").First.WaitForAsync();

        var page = await portal.SignInAsync(userName);
        await page.GotoAsync("/delegates/credentials");
        await SettledAsync(page);

        (await page.GetByTestId("credentials-approve").CountAsync()).Should().Be(0, $"{userName} may not approve credentials");
        (await page.GetByRole(AriaRole.Button, new() { Name = "Không công nhận" }).CountAsync()).Should().Be(0);
    }

    [Theory]
    [InlineData("quansat")]
    [InlineData("daibieu01")]
    public async Task Polls_are_run_only_by_the_chair(string userName)
    {
        var chair = await portal.SignInAsync("thuky");
        await chair.GotoAsync("/voting");
        await chair.GetByTestId("poll-create").WaitForAsync();

        var page = await portal.SignInAsync(userName);
        await page.GotoAsync("/voting");
        await SettledAsync(page);

        (await page.GetByTestId("poll-create").CountAsync()).Should().Be(0);
        (await page.GetByTestId("mark-present").CountAsync()).Should().Be(0);
        foreach (var action in new[] { "Mở biểu quyết", "Kết thúc", "Công bố kết quả", "Hủy" })
            (await page.GetByRole(AriaRole.Button, new() { Name = action, Exact = true }).CountAsync()).Should().Be(0, $"{userName} sees no '{action}'");
    }

    [Theory]
    [InlineData("quansat")]
    [InlineData("daibieu01")]
    public async Task The_roll_call_is_kept_only_by_the_secretariat(string userName)
    {
        var secretariat = await portal.SignInAsync("thuky");
        await secretariat.GotoAsync("/attendance");
        await secretariat.Locator("[data-testid=session-open], [data-testid=session-close]").First.WaitForAsync();

        var page = await portal.SignInAsync(userName);
        await page.GotoAsync("/attendance");
        await SettledAsync(page);

        foreach (var id in new[] { "session-open", "session-close", "manual-submit", "qr-submit", "reconcile" })
            (await page.GetByTestId(id).CountAsync()).Should().Be(0, $"{userName} sees no {id}");
    }

    /// <summary>The page has connected its circuit and loaded what the caller may read.</summary>
    private static async Task SettledAsync(IPage page)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        await page.WaitForTimeoutAsync(1500);
    }
}
