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
        (await secretariat.GetByTestId("launch").CountAsync()).Should().Be(0, "launching a drive is the organising committee's (the request is refused to the secretariat in the pipeline too)");

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

    /// <summary>
    /// The committee's whole drive in the portal, on a campaign launched there: a broken target line is named and launches
    /// nothing; then a desk pledge, a cash batch that refuses to close until its count and total match, the bank statement
    /// matched to the pledge by its reference, a payment to a locality, and the public page showing it without the payers.
    /// </summary>
    [Fact]
    public async Task The_committee_launches_a_drive_then_a_cash_batch_closes_a_statement_is_matched_and_a_locality_is_paid()
    {
        var name = $"Vì đồng bào vùng lũ — thử {Guid.NewGuid().ToString()[..4]}";
        var page = await portal.SignInAsync("btc");
        await page.GotoAsync("/fundraising");
        var launch = page.GetByTestId("launch");
        await Assertions.Expect(launch.Locator("button[type=submit]")).ToBeEnabledAsync(new() { Timeout = 15_000 });
        await launch.Locator("summary").ClickAsync();
        await launch.GetByLabel("Tên đợt vận động").FillAsync(name);
        await launch.GetByLabel("Mục tiêu (đồng)").FillAsync("500000000");
        await launch.GetByLabel("Mã ngân hàng").FillAsync("970415");
        await launch.GetByLabel("Số tài khoản nhận").FillAsync("0123456789");
        await launch.GetByLabel("Tên tài khoản").FillAsync("BAN TO CHUC DAI HOI");
        await launch.GetByLabel("Chỉ tiêu theo đơn vị").FillAsync("Đoàn đại biểu xã Gia Sinh; 100.000.000\nĐoàn khối doanh nghiệp 50000000");
        await launch.Locator("button[type=submit]").ClickAsync();
        var message = page.GetByTestId("fundraising-message");
        await Assertions.Expect(message).ToContainTextAsync("Dòng 2", new() { Timeout = 10_000 });
        await Assertions.Expect(message).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("error"));
        (await page.GetByTestId("campaign-picker").InnerTextAsync()).Should().NotContain(name, "a broken target line launches nothing");

        await launch.GetByLabel("Chỉ tiêu theo đơn vị").FillAsync("Đoàn đại biểu xã Gia Sinh; 100.000.000\nĐoàn khối doanh nghiệp; 50000000");
        await launch.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(message).ToContainTextAsync("Đã phát động", new() { Timeout = 10_000 });
        var campaignId = await page.GetByTestId("campaign-picker").InputValueAsync();
        (await page.GetByTestId("campaign-picker").Locator("option:checked").InnerTextAsync()).Should().Contain(name, "the campaign just launched is shown");
        var books = await page.GetByTestId("books-pdf").GetAttributeAsync("href");
        var congressId = System.Text.RegularExpressions.Regex.Match(books!, "congresses/([0-9a-f-]{36})/").Groups[1].Value;

        var desk = page.Locator("details:has(summary:has-text('Ghi cam kết ủng hộ'))");
        await desk.GetByLabel("Người/đơn vị ủng hộ").FillAsync("Đảng ủy Khối Cơ quan tỉnh");
        await desk.GetByLabel("Số tiền").FillAsync("5000000");
        await desk.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(message).ToContainTextAsync("Đã ghi cam kết", new() { Timeout = 10_000 });

        var batches = page.Locator("details:has(summary:has-text('Lô tiền mặt'))");
        await batches.Locator("summary").ClickAsync();
        await batches.GetByLabel("Tên lô").FillAsync("Lô hội trường 1");
        await batches.GetByLabel("Số biên lai").FillAsync("2");
        await batches.GetByLabel("Tổng tiền").FillAsync("3000000");
        await batches.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(message).ToContainTextAsync("Đã mở lô", new() { Timeout = 10_000 });
        var receive = page.Locator("details:has(summary:has-text('Thu tiền, lập biên lai'))");
        await receive.Locator("summary").ClickAsync();
        async Task CashAsync(string payer, string amount)
        {
            await receive.GetByLabel("Người nộp").FillAsync(payer);
            await receive.GetByLabel("Số tiền").FillAsync(amount);
            await receive.Locator("select").Nth(1).SelectOptionAsync(new SelectOptionValue { Label = "Lô hội trường 1" });
            await receive.Locator("button[type=submit]").ClickAsync();
            await Assertions.Expect(message).ToContainTextAsync("Đã lập biên lai PT-", new() { Timeout = 10_000 });
        }
        await CashAsync("Nguyễn Văn Tiền Mặt", "1000000");
        await batches.GetByRole(AriaRole.Button, new() { Name = "Khóa lô" }).ClickAsync();
        await Assertions.Expect(message).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("error"), new() { Timeout = 10_000 });
        await CashAsync("Trần Thị Tiền Mặt", "2000000");
        await batches.GetByRole(AriaRole.Button, new() { Name = "Khóa lô" }).ClickAsync();
        await Assertions.Expect(message).ToContainTextAsync("Đã khóa lô", new() { Timeout = 10_000 });
        await Assertions.Expect(batches).ToContainTextAsync("đã khóa");

        using var api = new HttpClient { BaseAddress = new Uri(portal.BaseUrl) };
        var token = await (await api.PostAsJsonAsync("/api/identity/token", new { userName = "btc", password = Congress.Testing.CongressFactory.DemoPassword }))
            .Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        api.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
        var pledges = await api.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/fundraising/congresses/{congressId}/campaigns/{campaignId}/pledges");
        var reference = pledges.EnumerateArray().Single().GetProperty("reference").GetString();
        var csv = "Ngày giao dịch,Số tiền,Nội dung,Mã giao dịch\n" + $"05/12/2026,5000000,DANG UY KHOI CQ UNG HO {reference},FT26339{Random.Shared.Next(100000, 999999)}\n";
        await page.Locator("summary:has-text('Sao kê ngân hàng')").ClickAsync();
        await page.GetByTestId("statement-file").SetInputFilesAsync(new FilePayload { Name = "sao-ke.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(csv) });
        await Assertions.Expect(message).ToContainTextAsync("1 khớp", new() { Timeout = 10_000 });

        var pay = page.Locator("details:has(summary:has-text('Chi hỗ trợ địa phương'))");
        await pay.Locator("summary").ClickAsync();
        await pay.GetByLabel("Địa phương").FillAsync("Xã Gia Sinh");
        await pay.GetByLabel("Nội dung").FillAsync("Hỗ trợ khắc phục hậu quả bão số 11");
        await pay.GetByLabel("Số tiền").FillAsync("2000000");
        await pay.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(message).ToContainTextAsync("Đã chi hỗ trợ", new() { Timeout = 10_000 });

        var anyone = await portal.NewPageAsync();
        await anyone.GotoAsync($"/fundraising/public/{campaignId}");
        await Assertions.Expect(anyone.GetByTestId("public-campaign")).ToContainTextAsync(name, new() { Timeout = 10_000 });
        await Assertions.Expect(anyone.GetByTestId("public-disbursement")).ToHaveCountAsync(1);
        await Assertions.Expect(anyone.GetByTestId("public-disbursement")).ToContainTextAsync("Xã Gia Sinh");
        await Assertions.Expect(anyone.GetByTestId("public-received")).ToContainTextAsync("8.000.000");
        (await anyone.ContentAsync()).Should().NotContain("Tiền Mặt", "payers who did not agree stay unnamed");
    }
}
