using System.Net;
using System.Text;
using Congress.Testing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Congress.Modules.Fundraising.Tests.Integration;

/// <summary>The printed receipt handed to a payer and the auditors' PDF, read back as text: what they say and who may have them.</summary>
public abstract class PrintedPapersTests<TFactory>(TFactory factory) where TFactory : CongressFactory
{
    private readonly FundraisingApi _api = new(factory);

    [Fact]
    public async Task A_receipt_prints_in_Vietnamese_with_the_amount_in_words_for_the_books_roles_and_its_own_donor_only()
    {
        var (congressId, campaign) = await _api.LaunchAsync("Bão số 10 — biên lai in");
        var path = FundraisingApi.CampaignPath(congressId, campaign.Id);
        var pledge = await _api.PostAsync<Pledge>("daibieu01", $"/api/fundraising/campaigns/{campaign.Id}/my-pledges", new { amountVnd = 1_505_000, namePublic = false }, HttpStatusCode.OK);
        var receipt = await _api.PostAsync<Receipt>("thuky", path + "/receipts", new { pledgeId = pledge!.Id, method = "Cash", amountVnd = 1_505_000 }, HttpStatusCode.OK);
        var wrong = await _api.PostAsync<Receipt>("thuky", path + "/receipts", new { method = "Cash", amountVnd = 90_000, payerName = "Nhập nhầm" }, HttpStatusCode.OK);
        await _api.PostAsync<Receipt>("thuky", $"/api/fundraising/congresses/{congressId}/receipts/{wrong!.Id}/void", new { reason = "Ghi nhầm người nộp" }, HttpStatusCode.OK);
        var booksPath = $"/api/fundraising/congresses/{congressId}/receipts/{receipt!.Id}/receipt.pdf";

        var printed = await PdfTextAsync("giamsat", booksPath);
        printed.Should().Contain("PHIẾU THU").And.Contain(receipt.ReceiptNumber).And.Contain("1.505.000")
            .And.Contain("Một triệu năm trăm linh năm nghìn đồng").And.Contain(pledge.Reference).And.Contain("tiền mặt")
            .And.NotContain("ĐÃ HỦY");
        var voided = await PdfTextAsync("thuky", $"/api/fundraising/congresses/{congressId}/receipts/{wrong.Id}/receipt.pdf");
        voided.Should().Contain("ĐÃ HỦY").And.Contain("Ghi nhầm người nộp").And.Contain("Chín mươi nghìn đồng");

        // The donor prints their own receipt from the tablet; another delegate cannot, even knowing its id.
        (await _api.GetAsync<List<Receipt>>("daibieu01", "/api/fundraising/my-receipts")).Should().ContainSingle(r => r.Id == receipt.Id);
        (await PdfTextAsync("daibieu01", $"/api/fundraising/my-receipts/{receipt.Id}/receipt.pdf")).Should().Contain(receipt.ReceiptNumber);
        (await _api.GetAsync<List<Receipt>>("daibieu02", "/api/fundraising/my-receipts")).Should().NotContain(r => r.Id == receipt.Id);
        (await StatusAsync("daibieu02", $"/api/fundraising/my-receipts/{receipt.Id}/receipt.pdf")).Should().Be(HttpStatusCode.NotFound);
        (await StatusAsync("daibieu01", $"/api/fundraising/my-receipts/{wrong.Id}/receipt.pdf")).Should().Be(HttpStatusCode.NotFound, "a receipt without their pledge is not theirs");
        (await StatusAsync("daibieu01", booksPath)).Should().Be(HttpStatusCode.Forbidden, "a delegate does not read the books");
        (await StatusAsync("quansat", booksPath)).Should().Be(HttpStatusCode.Forbidden);
        (await StatusAsync("btc.x01", booksPath)).Should().Be(HttpStatusCode.NotFound, "another congress's official is told nothing");
        (await StatusAsync("giamsat", $"/api/fundraising/congresses/{congressId}/receipts/{Guid.NewGuid()}/receipt.pdf")).Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_auditors_PDF_carries_the_figures_the_balanced_trial_balance_every_receipt_and_the_disbursements()
    {
        var (congressId, campaign) = await _api.LaunchAsync("Bão số 11 — báo cáo kiểm toán");
        var path = FundraisingApi.CampaignPath(congressId, campaign.Id);
        var first = await _api.PostAsync<Receipt>("thuky", path + "/receipts", new { method = "BankTransfer", amountVnd = 250_000_000, payerName = "Sở Tài chính" }, HttpStatusCode.OK);
        var second = await _api.PostAsync<Receipt>("thuky", path + "/receipts", new { method = "Cash", amountVnd = 3_000_000, payerName = "Nguyễn Văn E" }, HttpStatusCode.OK);
        await _api.PostAsync<Receipt>("thuky", $"/api/fundraising/congresses/{congressId}/receipts/{second!.Id}/void", new { reason = "Trùng biên lai" }, HttpStatusCode.OK);
        await _api.PostAsync<Payout>("btc", path + "/disbursements", new { locality = "Xã Gia Viễn", purpose = "Sửa nhà sau bão", amountVnd = 120_000_000, source = "BankTransfer" }, HttpStatusCode.OK);

        var text = await PdfTextAsync("giamsat", path + "/books.pdf");

        text.Should().Contain("BÁO CÁO THU CHI").And.Contain(first!.ReceiptNumber).And.Contain(second.ReceiptNumber).And.Contain("ĐÃ HỦY")
            .And.Contain("Xã Gia Viễn").And.Contain("120.000.000").And.Contain("sổ cân")
            .And.Contain("Đã thu: 250.000.000").And.Contain("Số dư quỹ (tiền mặt và tài khoản): 130.000.000")
            .And.Contain("2 số đã dùng, 1 có hiệu lực");
        (await StatusAsync("quansat", path + "/books.pdf")).Should().Be(HttpStatusCode.Forbidden);
        (await StatusAsync("btc.x01", path + "/books.pdf")).Should().Be(HttpStatusCode.NotFound);
    }

    private async Task<string> PdfTextAsync(string account, string path)
    {
        var response = await (await _api.As(account)).GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return string.Join('\n', pdf.GetPages().Select(p => ContentOrderTextExtractor.GetText(p))).Normalize(NormalizationForm.FormC);
    }

    private async Task<HttpStatusCode> StatusAsync(string account, string path) => (await (await _api.As(account)).GetAsync(path)).StatusCode;
}

public sealed class PrintedPapersSqliteTests(CongressFactory factory) : PrintedPapersTests<CongressFactory>(factory), IClassFixture<CongressFactory>;

[Collection("postgres")]
public sealed class PrintedPapersPostgresTests(PostgresCongressFactory factory) : PrintedPapersTests<PostgresCongressFactory>(factory), IClassFixture<PostgresCongressFactory>;
