using System.Net.Http.Json;
using FluentAssertions;
using Microsoft.Playwright;

namespace Congress.Portal.Tests;

/// <summary>
/// The fundraising drive in real browsers: the projection screen's thermometer moves by itself when delegates pledge from
/// their tablets (nobody reloads it), and the public page shows the drive to someone who never signed in.
/// </summary>
public sealed class FundraisingPortalTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task Pledges_from_tablets_move_the_thermometer_on_the_screen_without_a_reload()
    {
        var screen = await portal.SignInAsync("thuky");
        await screen.GotoAsync("/fundraising/screen");
        var count = screen.GetByTestId("pledge-count");
        await Assertions.Expect(count).ToBeVisibleAsync(new() { Timeout = 15_000 });
        var before = int.Parse(await count.InnerTextAsync());
        var pledgedBefore = await screen.GetByTestId("pledged").InnerTextAsync();
        var campaignId = await screen.GetByTestId("thermometer").GetAttributeAsync("data-campaign");

        // Two delegates' tablets pledge over the REST API the tablet app uses (bearer tokens of daibieu01 and daibieu02).
        foreach (var (account, amount) in new[] { ("daibieu01", 2_000_000), ("daibieu02", 3_000_000) })
        {
            using var tablet = new HttpClient { BaseAddress = new Uri(portal.BaseUrl) };
            var token = await (await tablet.PostAsJsonAsync("/api/identity/token", new { userName = account, password = Congress.Testing.CongressFactory.DemoPassword }))
                .Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
            tablet.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
            (await tablet.PostAsJsonAsync($"/api/fundraising/campaigns/{campaignId}/my-pledges", new { amountVnd = amount, namePublic = false })).EnsureSuccessStatusCode();
        }

        await Assertions.Expect(count).ToHaveTextAsync((before + 2).ToString(), new() { Timeout = 10_000 }); // moved by itself: nobody reloaded the screen
        (await screen.GetByTestId("pledged").InnerTextAsync()).Should().NotBe(pledgedBefore);
    }

    [Fact]
    public async Task A_delegate_pledges_from_the_tablet_page_and_gets_the_reference_and_the_VietQR_code()
    {
        var tablet = await portal.SignInAsync("daibieu03");
        await tablet.GotoAsync("/fundraising/give");
        var amount = tablet.GetByTestId("pledge-amount").First;
        await Assertions.Expect(amount).ToBeEnabledAsync(new() { Timeout = 15_000 });
        var before = await tablet.GetByTestId("my-pledge").CountAsync();

        await amount.FillAsync("1500000");
        await tablet.GetByTestId("pledge-submit").First.ClickAsync();

        await Assertions.Expect(tablet.GetByTestId("pledge-message")).ToContainTextAsync("Cảm ơn đồng chí", new() { Timeout = 10_000 });
        await Assertions.Expect(tablet.GetByTestId("my-pledge")).ToHaveCountAsync(before + 1);
        await Assertions.Expect(tablet.GetByTestId("my-pledge").Last).ToContainTextAsync("1.500.000");
        await Assertions.Expect(tablet.GetByTestId("vietqr").Last).ToContainTextAsync("A000000727");

        await amount.FillAsync("0");
        await tablet.GetByTestId("pledge-submit").First.ClickAsync();
        await Assertions.Expect(tablet.GetByTestId("pledge-message")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("error"));
        await Assertions.Expect(tablet.GetByTestId("my-pledge")).ToHaveCountAsync(before + 1); // a zero pledge writes nothing
    }

    [Fact]
    public async Task The_public_page_needs_no_sign_in_and_shows_the_disbursements()
    {
        var secretariat = await portal.SignInAsync("thuky");
        await secretariat.GotoAsync("/fundraising");
        var link = secretariat.GetByRole(AriaRole.Link, new() { Name = "Trang công khai" });
        await Assertions.Expect(link).ToBeVisibleAsync(new() { Timeout = 15_000 });
        var href = await link.GetAttributeAsync("href");

        var anyone = await portal.NewPageAsync();
        await anyone.GotoAsync(href!);

        await Assertions.Expect(anyone.GetByTestId("public-campaign")).ToBeVisibleAsync(new() { Timeout = 10_000 });
        (await anyone.GetByTestId("public-disbursement").CountAsync()).Should().Be(12);
        anyone.Url.Should().NotContain("/login");
    }

    [Fact]
    public async Task A_receipt_issued_at_the_desk_is_in_the_register_and_it_and_the_books_download_as_PDF()
    {
        var desk = await portal.SignInAsync("thuky");
        await desk.GotoAsync("/fundraising");
        var receive = desk.Locator("details:has(summary:has-text('Thu tiền, lập biên lai'))");
        await Assertions.Expect(receive.Locator("button[type=submit]")).ToBeEnabledAsync(new() { Timeout = 15_000 }); // the page is live
        await receive.Locator("summary").ClickAsync();
        await receive.GetByLabel("Người nộp").FillAsync("Hoàng Thị Biên Lai");
        await receive.GetByLabel("Số tiền").FillAsync("2750000");
        await receive.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(desk.GetByTestId("fundraising-message")).ToContainTextAsync("Đã lập biên lai PT-", new() { Timeout = 10_000 });

        await desk.Locator("summary:has-text('Sổ sách và đối soát')").ClickAsync();
        var row = desk.Locator("[data-testid=receipts] tr:has-text('Hoàng Thị Biên Lai')");
        await Assertions.Expect(row).ToContainTextAsync("2.750.000");
        var receipt = await desk.RunAndWaitForDownloadAsync(() => row.GetByRole(AriaRole.Link).ClickAsync());
        var books = await desk.RunAndWaitForDownloadAsync(() => desk.GetByTestId("books-pdf").ClickAsync());

        foreach (var download in new[] { receipt, books })
        {
            var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
            System.Text.Encoding.ASCII.GetString(bytes, 0, 5).Should().Be("%PDF-", $"{download.SuggestedFilename} is a PDF");
        }
        receipt.SuggestedFilename.Should().StartWith("phieu-thu-");
        books.SuggestedFilename.Should().StartWith("so-sach-");
    }
}
