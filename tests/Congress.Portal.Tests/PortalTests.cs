using System.Text;
using FluentAssertions;
using Microsoft.Playwright;

namespace Congress.Portal.Tests;

/// <summary>What an official sees in the portal, in a real browser.</summary>
public sealed class PortalTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private static readonly string Shots = Path.Combine(AppContext.BaseDirectory, "screenshots");

    [Fact]
    public async Task The_login_page_speaks_Vietnamese_and_says_when_the_password_is_wrong()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/");

        page.Url.Should().Contain("/login", "the portal asks an anonymous visitor to sign in");
        (await page.Locator("h1").InnerTextAsync()).Should().Contain("Đăng nhập");

        await page.FillAsync("input[name=userName]", "btc");
        await page.FillAsync("input[name=password]", "sai");
        await page.ClickAsync("button[type=submit]");

        (await page.GetByTestId("login-error").InnerTextAsync()).Should().StartWith("Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    [Fact]
    public async Task An_organising_committee_member_signs_in_and_sees_the_menu_of_their_role()
    {
        var page = await portal.SignInAsync("btc");

        (await page.GetByTestId("current-user").InnerTextAsync()).Should().Be("btc");
        var menu = await page.Locator("nav.menu").InnerTextAsync();
        menu.Should().Contain("Đại biểu").And.Contain("Nhập danh sách").And.NotContain("Thẩm tra tư cách");
        Directory.CreateDirectory(Shots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "home-btc.png") });
    }

    [Fact]
    public async Task Every_menu_icon_is_a_drawn_SVG_not_an_emoji()
    {
        var page = await portal.SignInAsync("admin");

        foreach (var selector in new[] { "nav.menu a", "a.tile" })
        {
            var links = page.Locator(selector);
            var count = await links.CountAsync();
            count.Should().BeGreaterThan(selector == "a.tile" ? 3 : 4, $"{selector}: the administrator's menu has entries");
            for (var i = 0; i < count; i++)
            {
                var link = links.Nth(i);
                var text = await link.InnerTextAsync();
                var icon = link.Locator("svg.icon");
                (await icon.CountAsync()).Should().Be(1, $"'{text}' has one shipped icon");
                (await icon.Locator("path, circle, rect").CountAsync()).Should().BeGreaterThan(0, $"'{text}': the icon draws something");
                var box = await icon.BoundingBoxAsync();
                box.Should().NotBeNull();
                box!.Width.Should().BeGreaterThan(10, $"'{text}': the icon is shown");
                box.Height.Should().BeGreaterThan(10);
                text.EnumerateRunes().Should().NotContain(r => IsPictograph(r), $"'{text}' carries no emoji, which renders as an empty box without an emoji font");
            }
        }
    }

    /// <summary>Emoji and pictograph blocks (arrows, dingbats, symbols, the emoji planes) and the emoji presentation selector.</summary>
    private static bool IsPictograph(System.Text.Rune r) =>
        r.Value is >= 0x2190 and <= 0x2BFF or >= 0x1F000 and <= 0x1FAFF or 0xFE0F;

    [Fact]
    public async Task An_observer_does_not_see_the_import()
    {
        var page = await portal.SignInAsync("quansat");

        (await page.Locator("nav.menu").InnerTextAsync()).Should().Contain("Đại biểu").And.NotContain("Nhập danh sách");
        await page.GotoAsync("/delegates/import");
        // Reading the page is allowed by the route; writing is refused by the module with its message.
    }

    [Fact]
    public async Task Searching_without_diacritics_finds_Vietnamese_names()
    {
        var page = await portal.SignInAsync("btc");
        await page.GotoAsync("/delegates");
        await page.GetByTestId("delegate-row").First.WaitForAsync();

        await page.GetByTestId("search").FillAsync("nguyen van");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('[data-testid=delegate-row]')].every(r => r.innerText.includes('Nguyễn Văn'))");

        var rows = await page.GetByTestId("delegate-row").AllInnerTextsAsync();
        rows.Should().NotBeEmpty().And.OnlyContain(r => r.Contains("Nguyễn Văn"));
        Directory.CreateDirectory(Shots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "delegates-search.png"), FullPage = false });
    }

    [Fact]
    public async Task The_portal_switches_to_English_and_back()
    {
        var page = await portal.SignInAsync("btc");

        await page.ClickAsync("text=English");
        await page.Locator("nav.menu >> text=Delegates").WaitForAsync();
        await page.ClickAsync("text=Tiếng Việt");
        await page.Locator("nav.menu >> text=Đại biểu").WaitForAsync();

        (await page.Locator("html").GetAttributeAsync("lang")).Should().Be("vi");
    }

    [Fact]
    public async Task An_import_with_errors_shows_each_row_and_a_clean_one_is_written()
    {
        var page = await portal.SignInAsync("btc");
        await page.GotoAsync("/delegates/import");
        await page.Locator("[data-testid=csv-file]:enabled").WaitForAsync(); // interactive: the upload is handled
        const string header = "code,full_name,kind,date_of_birth,gender,ethnicity,organisation_code,represented_members,delegation\n";

        await page.GetByTestId("csv-file").SetInputFilesAsync(new FilePayload
        {
            Name = "loi.csv", MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(header + "P001,Mai Thị Portal,Chính thức,30/02/1980,Nữ,Kinh,NB-X06,100,Đoàn A\n"),
        });
        var errors = page.GetByTestId("import-errors");
        await errors.WaitForAsync();
        (await errors.InnerTextAsync()).Should().Contain("Ngày sinh phải có dạng dd/MM/yyyy.");
        (await page.GetByTestId("commit").CountAsync()).Should().Be(0, "a file with errors cannot be written");

        await page.GetByTestId("csv-file").SetInputFilesAsync(new FilePayload
        {
            Name = "dung.csv", MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(header + "P002,Mai Thị Portal,Chính thức,28/02/1980,Nữ,Kinh,NB-X06,100,Đoàn A\n"),
        });
        await page.GetByTestId("commit").ClickAsync();
        await page.Locator("[data-testid=import-summary]:has-text('đã ghi xong')").WaitForAsync();

        await page.GotoAsync("/delegates");
        await page.GetByTestId("search").FillAsync("mai thi portal");
        await page.Locator("[data-testid=delegate-row]:has-text('P002')").WaitForAsync();
    }

    [Fact]
    public async Task An_administrator_creates_an_account_and_a_weak_password_is_refused_with_a_reason()
    {
        var page = await portal.SignInAsync("admin");
        await page.GotoAsync("/accounts");
        await page.Locator("[data-testid=account-row]:has-text('thuky')").First.WaitForAsync();
        await Assertions.Expect(page.GetByTestId("account-create")).ToBeEnabledAsync(new() { Timeout = 15_000 }); // the page is live
        await page.Locator("summary:has-text('Tạo tài khoản')").ClickAsync();

        await page.GetByTestId("account-username").FillAsync("thuky.phuong");
        await page.GetByTestId("account-name").FillAsync("Nguyễn Thị Phương");
        await page.GetByTestId("account-password").FillAsync("ngan");
        await page.GetByTestId("account-role").SelectOptionAsync(Congress.Shared.Kernel.Roles.Secretariat);
        await page.GetByTestId("account-organisation").FillAsync("NB");
        await page.GetByTestId("account-create").ClickAsync();
        await Assertions.Expect(page.GetByTestId("account-message")).ToContainTextAsync("ít nhất 10 ký tự");
        (await page.Locator("[data-testid=account-row]:has-text('thuky.phuong')").CountAsync()).Should().Be(0, "nothing is written");

        await page.GetByTestId("account-password").FillAsync("MatKhau@2025!");
        await page.GetByTestId("account-create").ClickAsync();
        await Assertions.Expect(page.GetByTestId("account-message")).ToContainTextAsync("Đã tạo tài khoản thuky.phuong");
        await Assertions.Expect(page.Locator("[data-testid=account-row]:has-text('thuky.phuong')")).ToContainTextAsync("Đoàn Thư ký");

        var newcomer = await portal.SignInAsync("thuky.phuong", password: "MatKhau@2025!");
        await newcomer.GotoAsync("/voting");
        await Assertions.Expect(newcomer.Locator("h1")).ToContainTextAsync("Biểu quyết");
    }
}
