using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Microsoft.Playwright;

namespace Congress.Portal.Tests;

/// <summary>Account administration and one's own password in the portal, in a real browser.</summary>
public sealed class AccountPortalTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private const string Password = "Mat-khau-ban-dau-1";

    [Fact]
    public async Task An_administrator_disables_an_account_and_its_open_page_stops_working()
    {
        var userName = await CreateAccountAsync("tk.khoa");
        var user = await portal.SignInAsync(userName, password: Password);
        await user.GotoAsync("/password");
        await Assertions.Expect(user.GetByTestId("change-password")).ToBeEnabledAsync(new() { Timeout = 15_000 }); // the page is live

        var admin = await portal.SignInAsync("admin");
        await admin.GotoAsync("/accounts");
        var row = admin.Locator($"[data-testid=account-row]:has-text('{userName}')");
        await Assertions.Expect(row.GetByTestId("account-disable")).ToBeEnabledAsync(new() { Timeout = 15_000 });
        await row.GetByTestId("account-disable").ClickAsync();
        await Assertions.Expect(row.GetByTestId("account-status")).ToHaveTextAsync("Đã khoá");
        await Assertions.Expect(admin.GetByTestId("account-message")).ToContainTextAsync($"Đã khoá tài khoản {userName}");

        // The user's page was opened before: within a few seconds its actions are those of nobody.
        await user.GetByTestId("current-password").FillAsync("khong-quan-trong");
        await user.GetByTestId("new-password").FillAsync("Mat-khau-moi-12");
        await user.GetByTestId("new-password-again").FillAsync("Mat-khau-moi-12");
        var message = "";
        for (var deadline = DateTime.UtcNow.AddSeconds(20); DateTime.UtcNow < deadline && !message.Contains("Cần đăng nhập");)
        {
            await user.GetByTestId("change-password").ClickAsync();
            await user.GetByTestId("password-message").WaitForAsync();
            message = await user.GetByTestId("password-message").InnerTextAsync();
            if (!message.Contains("Cần đăng nhập")) await Task.Delay(1000);
        }
        message.Should().Contain("Cần đăng nhập", "a disabled account's open page is signed out");

        await user.GotoAsync("/password");
        user.Url.Should().Contain("/login", "the cookie no longer signs the browser in");
        var again = await portal.NewPageAsync();
        await again.GotoAsync("/login");
        await again.FillAsync("input[name=userName]", userName);
        await again.FillAsync("input[name=password]", Password);
        await again.ClickAsync("button[type=submit]");
        (await again.GetByTestId("login-error").InnerTextAsync()).Should().StartWith("Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    [Fact]
    public async Task A_user_changes_their_own_password_and_signs_in_again_with_it()
    {
        var userName = await CreateAccountAsync("tk.doimk");
        var page = await portal.SignInAsync(userName, password: Password);
        await page.Locator("nav.menu >> text=Đổi mật khẩu").ClickAsync();
        await Assertions.Expect(page.GetByTestId("change-password")).ToBeEnabledAsync(new() { Timeout = 15_000 });

        await page.GetByTestId("current-password").FillAsync("sai-mat-khau-9");
        await page.GetByTestId("new-password").FillAsync("Mat-khau-moi-34");
        await page.GetByTestId("new-password-again").FillAsync("Mat-khau-moi-34");
        await page.GetByTestId("change-password").ClickAsync();
        await Assertions.Expect(page.GetByTestId("password-message")).ToHaveTextAsync("Mật khẩu hiện tại không đúng.");

        await page.GetByTestId("current-password").FillAsync(Password);
        await page.GetByTestId("new-password-again").FillAsync("Mat-khau-khac-56");
        await page.GetByTestId("change-password").ClickAsync();
        await Assertions.Expect(page.GetByTestId("password-message")).ToContainTextAsync("không khớp");

        await page.GetByTestId("new-password-again").FillAsync("Mat-khau-moi-34");
        await page.GetByTestId("change-password").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/login?changed=1"));
        await Assertions.Expect(page.GetByTestId("login-changed")).ToContainTextAsync("Đã đổi mật khẩu");

        (await portal.SignInAsync(userName, password: "Mat-khau-moi-34")).Url.Should().NotContain("/login");
    }

    /// <summary>An account made over REST by the administrator, in the province.</summary>
    private async Task<string> CreateAccountAsync(string prefix)
    {
        var userName = $"{prefix}.{Guid.NewGuid():N}"[..(prefix.Length + 7)];
        using var api = new HttpClient { BaseAddress = new Uri(portal.BaseUrl) };
        var token = await (await api.PostAsJsonAsync("/api/identity/token", new { userName = "admin", password = Congress.Testing.CongressFactory.DemoPassword }))
            .Content.ReadFromJsonAsync<JsonElement>();
        api.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
        var created = await api.PostAsJsonAsync("/api/identity/accounts",
            new { userName, displayName = "Tài khoản thử", password = Password, roles = new[] { "secretariat" }, organisationCode = "NB" });
        created.StatusCode.Should().Be(System.Net.HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return userName;
    }
}
