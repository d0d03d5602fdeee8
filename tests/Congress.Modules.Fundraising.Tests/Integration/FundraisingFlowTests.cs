using System.Net;
using System.Net.Http.Json;
using Congress.Modules.Fundraising.Application.Campaigns;
using Congress.Modules.Fundraising.Domain.Campaigns;
using Congress.Modules.Fundraising.Domain.Receipts;
using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Live;
using Congress.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Congress.Modules.Fundraising.Tests.Integration;

/// <summary>The fundraising drive through the REST API on a migrated database with the demo congress: SQLite and PostgreSQL.</summary>
public abstract class FundraisingFlowTests<TFactory>(TFactory factory) where TFactory : CongressFactory
{
    private readonly FundraisingApi _api = new(factory);

    [Fact]
    public async Task Launching_is_for_the_organising_committee_of_the_congress_with_sound_amounts()
    {
        var congressId = await _api.CongressAsync();
        var path = $"/api/fundraising/congresses/{congressId}/campaigns";

        await _api.RefusedAsync("quansat", path, FundraisingApi.LaunchBody("Quan sát"), HttpStatusCode.Forbidden);
        await _api.RefusedAsync("thuky", path, FundraisingApi.LaunchBody("Thư ký"), HttpStatusCode.Forbidden);
        await _api.RefusedAsync("btc.x01", path, FundraisingApi.LaunchBody("Xã Hoa Lư"), HttpStatusCode.NotFound);
        await _api.RefusedAsync("btc", path, FundraisingApi.LaunchBody("Mục tiêu 0", goal: 0), HttpStatusCode.BadRequest);
        await _api.RefusedAsync("btc", path, FundraisingApi.LaunchBody("Mục tiêu âm", goal: -5_000), HttpStatusCode.BadRequest);
        await _api.RefusedAsync("btc", path, FundraisingApi.LaunchBody("Mục tiêu vô lý", goal: 2_000_000_000_000), HttpStatusCode.BadRequest);
        await _api.RefusedAsync("btc", path, FundraisingApi.LaunchBody("Chỉ tiêu âm", units: [new { name = "Đoàn A", targetVnd = -1 }]), HttpStatusCode.BadRequest);

        var (_, campaign) = await _api.LaunchAsync("Vì đồng bào vùng bão");
        campaign.IsOpen.Should().BeTrue();
        (await _api.GetAsync<List<Campaign>>("daibieu01", path)).Should().Contain(c => c.Id == campaign.Id, "the tablet sees the campaign");
        await using var scope = factory.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<FundraisingDbContext>().Campaigns.CountAsync(c => c.Name.StartsWith("Mục tiêu") || c.Name == "Quan sát"))
            .Should().Be(0, "nothing of a refused launch was written");
    }

    [Fact]
    public async Task A_delegate_pledges_from_the_tablet_the_thermometer_moves_and_a_closed_campaign_refuses_with_409()
    {
        var (congressId, campaign) = await _api.LaunchAsync("Bão số 10 — cam kết");
        var path = FundraisingApi.CampaignPath(congressId, campaign.Id);
        var signals = new List<LiveSignal>();
        using var subscription = factory.Services.GetRequiredService<ILiveSignals>().Subscribe(Thermometer.Topic(campaign.Id), s => { lock (signals) signals.Add(s); });

        var mine = await _api.PostAsync<Pledge>("daibieu01", $"/api/fundraising/campaigns/{campaign.Id}/my-pledges", new { amountVnd = 5_000_000, namePublic = true }, HttpStatusCode.OK);
        await _api.RefusedAsync("daibieu01", $"/api/fundraising/campaigns/{campaign.Id}/my-pledges", new { amountVnd = 0, namePublic = false }, HttpStatusCode.BadRequest);
        await _api.RefusedAsync("daibieu01", $"/api/fundraising/campaigns/{campaign.Id}/my-pledges", new { amountVnd = -100_000, namePublic = false }, HttpStatusCode.BadRequest);
        await _api.RefusedAsync("thuky", $"/api/fundraising/campaigns/{campaign.Id}/my-pledges", new { amountVnd = 100_000, namePublic = false }, HttpStatusCode.Forbidden);
        var unit = await _api.PostAsync<Pledge>("thuky", path + "/pledges",
            new { donorKind = "Unit", donorName = "Đảng ủy Công an tỉnh", amountVnd = 300_000_000, namePublic = true }, HttpStatusCode.OK);
        await _api.RefusedAsync("quansat", path + "/pledges", new { donorKind = "Person", donorName = "X", amountVnd = 1_000, namePublic = false }, HttpStatusCode.Forbidden);
        await _api.RefusedAsync("btc.x01", path + "/pledges", new { donorKind = "Person", donorName = "X", amountVnd = 1_000, namePublic = false }, HttpStatusCode.NotFound);

        mine!.Reference.Should().MatchRegex("^UH[A-Z2-9]{8}$");
        mine.PaymentCode.Should().Contain(mine.Reference).And.Contain("0006970415");
        mine.UnitName.Should().NotBeNullOrEmpty("a delegate's pledge counts for their delegation");
        var summary = await _api.GetAsync<Summary>("daibieu01", path + "/summary");
        summary.PledgedVnd.Should().Be(305_000_000);
        summary.PledgeCount.Should().Be(2);
        summary.Units.Should().Contain(u => u.Name == "Đảng ủy Công an tỉnh" && u.PledgedVnd == 300_000_000);
        lock (signals) signals.Should().HaveCountGreaterThanOrEqualTo(2, "each committed pledge moves the thermometer");
        (await _api.GetAsync<List<Pledge>>("daibieu01", "/api/fundraising/my-pledges")).Should().Contain(p => p.Id == mine.Id);

        await _api.PostAsync<Campaign>("btc", path + "/close", null, HttpStatusCode.OK);
        var late = await _api.RefusedAsync("daibieu01", $"/api/fundraising/campaigns/{campaign.Id}/my-pledges", new { amountVnd = 1_000_000, namePublic = false }, HttpStatusCode.Conflict);
        late.Code.Should().Be("fundraising.campaign.closed");
        await _api.RefusedAsync("thuky", path + "/pledges", new { donorKind = "Person", donorName = "Muộn", amountVnd = 1_000, namePublic = false }, HttpStatusCode.Conflict);
        // Money for a pledge made before the close is still received.
        var paid = await _api.PostAsync<Receipt>("thuky", path + "/receipts", new { pledgeId = unit!.Id, method = "BankTransfer", amountVnd = 300_000_000 }, HttpStatusCode.OK);
        paid!.Number.Should().Be(1);
        (await _api.GetAsync<Summary>("daibieu01", path + "/summary")).PledgeCount.Should().Be(2);
    }

    /// <summary>
    /// The launch: delegates pledge at the same moment and the committee closes the drive among them. The pledges are
    /// committed together (PledgeWriter); each answered pledge is in the books once with its own audit entry, every refused
    /// one left nothing, and none was taken after the close: its audit entry comes before the close's in the chain.
    /// </summary>
    [Fact]
    public async Task Pledges_at_the_same_moment_are_each_booked_and_audited_once_and_none_is_taken_after_the_close()
    {
        var (congressId, campaign) = await _api.LaunchAsync("Bão số 11 — cùng lúc");
        var path = FundraisingApi.CampaignPath(congressId, campaign.Id);
        List<Guid> delegates;
        await using (var scope = factory.Services.CreateAsyncScope())
            delegates = (await scope.ServiceProvider.GetRequiredService<Congress.Modules.Delegates.Contracts.IDelegateRoster>().ListAsync(congressId, default))
                .Where(d => d.Kind == "Official").Take(80).Select(d => d.DelegateId).ToList();
        var first = await _api.PostAsync<Pledge>("daibieu01", $"/api/fundraising/campaigns/{campaign.Id}/my-pledges", new { amountVnd = 1_000_000, namePublic = false }, HttpStatusCode.OK);

        var tablets = delegates.Select(id =>
        {
            var client = factory.CreateClient();
            client.DefaultRequestHeaders.Authorization = new("Bearer", factory.BearerTokenFor(Congress.Shared.Kernel.Roles.Delegate, delegateId: id));
            return client;
        }).ToList();
        var pledges = tablets.Select((client, i) => client.PostAsJsonAsync($"/api/fundraising/campaigns/{campaign.Id}/my-pledges", new { amountVnd = 100_000L * (i + 1), namePublic = false })).ToList();
        var close = (await _api.As("btc")).PostAsync(path + "/close", null);
        var answers = await Task.WhenAll(pledges);
        (await close).StatusCode.Should().Be(HttpStatusCode.OK);

        answers.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.OK || r.StatusCode == HttpStatusCode.Conflict, "a pledge is taken, or refused because the drive closed");
        var taken = new List<Pledge>();
        foreach (var r in answers.Where(r => r.StatusCode == HttpStatusCode.OK)) taken.Add((await r.Content.ReadFromJsonAsync<Pledge>(FundraisingApi.Json))!);
        foreach (var r in answers.Where(r => r.StatusCode == HttpStatusCode.Conflict))
            (await r.Content.ReadFromJsonAsync<Problem>(FundraisingApi.Json))!.Code.Should().Be("fundraising.campaign.closed");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FundraisingDbContext>();
            var stored = await db.Pledges.AsNoTracking().Where(p => p.CampaignId == new CampaignId(campaign.Id)).Select(p => new { p.Id, p.AmountVnd }).ToListAsync();
            stored.Select(p => p.Id.Value).Should().BeEquivalentTo(taken.Select(p => p.Id).Append(first!.Id), "every answered pledge is stored, and nothing of a refused one");
            (await db.LedgerEntries.AsNoTracking().CountAsync(e => e.CampaignId == campaign.Id && e.Kind == "pledge")).Should().Be(stored.Count, "one ledger entry per pledge");
            var trail = await db.AuditEntries.AsNoTracking().OrderBy(a => a.Sequence).ToListAsync();
            var closedAt = trail.Single(a => a.Action == "CloseCampaignCommand" && a.Payload.Contains(campaign.Id.ToString())).Sequence;
            var pledged = trail.Where(a => a.Action == "PledgeAsDelegateCommand" && a.Payload.Contains(campaign.Id.ToString())).ToList();
            pledged.Should().HaveCount(stored.Count, "one audit entry per pledge");
            foreach (var pledge in taken.Append(first))
                pledged.Should().ContainSingle(a => a.Payload.Contains(pledge.Id.ToString()) && a.Payload.Contains(pledge.Reference));
            pledged.Should().OnlyContain(a => a.Sequence < closedAt, "no pledge was taken after the close");
            pledged.Single(a => a.Payload.Contains(first.Id.ToString())).Actor.Should().StartWith("daibieu01", "the delegate who pledged is the actor, not the writer");
            (await Congress.Shared.Infrastructure.Audit.AuditChain.VerifyAsync(db, default)).Problem.Should().BeNull("the audit chain is intact");
        }
        (await _api.GetAsync<Summary>("daibieu01", path + "/summary")).PledgeCount.Should().Be(taken.Count + 1);
        await _api.AssertBooksBalancedAsync();
    }

    [Fact]
    public async Task A_cash_batch_closes_only_when_count_and_total_match_and_a_voided_receipt_is_reversed_not_deleted()
    {
        var (congressId, campaign) = await _api.LaunchAsync("Bão số 11 — tiền mặt");
        var path = FundraisingApi.CampaignPath(congressId, campaign.Id);
        var batch = await _api.PostAsync<Batch>("thuky", path + "/cash-batches", new { label = "Bàn tiếp nhận số 1", expectedCount = 3, expectedTotalVnd = 3_500_000 }, HttpStatusCode.OK);
        await _api.RefusedAsync("thuky", path + "/cash-batches", new { label = "Lô âm", expectedCount = 1, expectedTotalVnd = -1 }, HttpStatusCode.BadRequest);

        var pledge = await _api.PostAsync<Pledge>("thuky", path + "/pledges", new { donorKind = "Person", donorName = "Trần Thị B", amountVnd = 1_000_000, namePublic = false }, HttpStatusCode.OK);
        var r1 = await _api.PostAsync<Receipt>("thuky", path + "/receipts", new { pledgeId = pledge!.Id, method = "Cash", amountVnd = 1_000_000, cashBatchId = batch!.Id }, HttpStatusCode.OK);
        var r2 = await _api.PostAsync<Receipt>("thuky", path + "/receipts", new { method = "Cash", amountVnd = 2_000_000, payerName = "Lê Văn C", cashBatchId = batch.Id }, HttpStatusCode.OK);
        await _api.RefusedAsync("thuky", path + "/receipts", new { method = "Cash", amountVnd = 0, payerName = "Không", cashBatchId = batch.Id }, HttpStatusCode.BadRequest);
        await _api.RefusedAsync("thuky", path + "/receipts", new { method = "Cash", amountVnd = 5_000_000_000_000, payerName = "Vô lý", cashBatchId = batch.Id }, HttpStatusCode.BadRequest);
        await _api.RefusedAsync("quansat", path + "/receipts", new { method = "Cash", amountVnd = 1_000, payerName = "X" }, HttpStatusCode.Forbidden);

        var mismatch = await _api.RefusedAsync("thuky", $"/api/fundraising/congresses/{congressId}/cash-batches/{batch.Id}/close", null, HttpStatusCode.Conflict);
        mismatch.Code.Should().Be("fundraising.batch.mismatch");
        mismatch.Title.Should().Contain("2/3").And.Contain("-500.000");

        var wrong = await _api.PostAsync<Receipt>("thuky", path + "/receipts", new { method = "Cash", amountVnd = 700_000, payerName = "Nhầm", cashBatchId = batch.Id }, HttpStatusCode.OK);
        var voided = await _api.PostAsync<Receipt>("thuky", $"/api/fundraising/congresses/{congressId}/receipts/{wrong!.Id}/void", new { reason = "Ghi nhầm số tiền" }, HttpStatusCode.OK);
        voided!.Status.Should().Be("Voided");
        await _api.RefusedAsync("thuky", $"/api/fundraising/congresses/{congressId}/receipts/{wrong.Id}/void", new { reason = "lần hai" }, HttpStatusCode.Conflict);
        await _api.PostAsync<Receipt>("thuky", path + "/receipts", new { method = "Cash", amountVnd = 500_000, payerName = "Phạm D", cashBatchId = batch.Id }, HttpStatusCode.OK);
        var closed = await _api.PostAsync<Batch>("thuky", $"/api/fundraising/congresses/{congressId}/cash-batches/{batch.Id}/close", null, HttpStatusCode.OK);

        closed!.IsClosed.Should().BeTrue();
        closed.Count.Should().Be(3);
        closed.TotalVnd.Should().Be(3_500_000);
        await _api.RefusedAsync("thuky", path + "/receipts", new { method = "Cash", amountVnd = 1_000, payerName = "Sau khóa", cashBatchId = batch.Id }, HttpStatusCode.Conflict);
        var receipts = await _api.GetAsync<List<Receipt>>("giamsat", path + "/receipts");
        receipts.Select(r => r.Number).Should().Equal(1, 2, 3, 4);
        receipts.Single(r => r.Id == wrong.Id).Status.Should().Be("Voided", "a voided receipt stays, with its number");
        var books = await _api.GetAsync<TrialBalance>("giamsat", path + "/trial-balance");
        books.DifferenceVnd.Should().Be(0);
        books.Accounts.Single(a => a.Account == "Cash").DebitVnd.Should().Be(3_500_000);
        books.Accounts.Single(a => a.Account == "PledgesReceivable").DebitVnd.Should().Be(0);
        var ledger = await (await _api.As("giamsat")).GetStringAsync(path + "/ledger.csv");
        var legs = ledger.Trim().Split('\n').Skip(1).Select(l => l.Split(',')).ToList();
        legs.Sum(l => long.Parse(l[^2]) - long.Parse(l[^1])).Should().Be(0, "the auditors' export balances too");
        legs.Should().Contain(l => l[2] == "reversal", "the voided receipt's reversal is in the export");
        (await (await _api.As("quansat")).GetAsync(path + "/ledger.csv")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        r1!.ReceiptNumber.Should().MatchRegex(@"^PT-\d{4}-000001$");
        r2!.Number.Should().Be(2);
    }

    private sealed record AccountLine(string Account, long DebitVnd, long CreditVnd);
    private sealed record TrialBalance(List<AccountLine> Accounts, long DifferenceVnd, int Entries);

    [Fact]
    public async Task A_bank_statement_is_matched_by_reference_and_amount_and_a_broken_line_applies_nothing()
    {
        var (congressId, campaign) = await _api.LaunchAsync("Bão số 10 — chuyển khoản");
        var path = FundraisingApi.CampaignPath(congressId, campaign.Id);
        var a = await _api.PostAsync<Pledge>("thuky", path + "/pledges", new { donorKind = "Unit", donorName = "Đảng ủy Khối doanh nghiệp", amountVnd = 150_000_000, namePublic = true }, HttpStatusCode.OK);
        var b = await _api.PostAsync<Pledge>("thuky", path + "/pledges", new { donorKind = "Person", donorName = "Ngô Thị E", amountVnd = 2_000_000, namePublic = false }, HttpStatusCode.OK);
        var csv = "Ngày giao dịch,Số tiền,Nội dung,Mã giao dịch\n" +
                  $"05/11/2026,\"150.000.000\",CT {a!.Reference} ung ho bao lu,FT26309001\n" +
                  $"05/11/2026,1500000,{b!.Reference.ToLowerInvariant()} ung ho,FT26309002\n" +
                  "06/11/2026,750000,ung ho dong bao mien trung,FT26309003\n";
        var broken = csv + "07/11/2026,mot trieu,ung ho,FT26309004\n";

        var refused = await PostCsvAsync(path, broken);
        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).Should().Contain("Dòng 5");
        await _api.AssertBooksBalancedAsync();
        (await _api.GetAsync<List<BankLine>>("thuky", path + "/bank-lines")).Should().BeEmpty("nothing of a refused file is applied");
        (await _api.GetAsync<List<Receipt>>("thuky", path + "/receipts")).Should().BeEmpty();
        (await PostCsvAsync(path, csv, "quansat")).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var imported = await (await PostCsvAsync(path, csv)).Content.ReadFromJsonAsync<BankImport>();
        await _api.AssertBooksBalancedAsync();
        imported!.Matched.Should().Be(1);
        imported.Unmatched.Should().Be(2, "the second line's amount is not what the pledge owes, the third has no reference");
        imported.UnmatchedLines.Select(l => l.LineNumber).Should().Equal(3, 4);
        var again = await (await PostCsvAsync(path, csv)).Content.ReadFromJsonAsync<BankImport>();
        again!.AlreadyImported.Should().Be(3, "importing the same statement twice changes nothing");
        await _api.AssertBooksBalancedAsync();

        var line = imported.UnmatchedLines.Single(l => l.LineNumber == 3);
        var resolved = await _api.PostAsync<Receipt>("thuky", $"/api/fundraising/congresses/{congressId}/bank-lines/{line.Id}/resolve", new { pledgeId = b.Id }, HttpStatusCode.OK);
        resolved!.PledgeId.Should().Be(b.Id);
        await _api.RefusedAsync("thuky", $"/api/fundraising/congresses/{congressId}/bank-lines/{line.Id}/resolve", new { pledgeId = b.Id }, HttpStatusCode.Conflict);
        (await _api.GetAsync<List<BankLine>>("thuky", path + "/bank-lines?unmatched=true")).Should().ContainSingle(l => l.LineNumber == 4);
        var pledges = await _api.GetAsync<List<Pledge>>("thuky", path + "/pledges");
        pledges.Single(p => p.Id == a.Id).ReceivedVnd.Should().Be(150_000_000);
        pledges.Single(p => p.Id == a.Id).PaymentCode.Should().BeNull("a paid pledge needs no code");
        pledges.Single(p => p.Id == b.Id).ReceivedVnd.Should().Be(1_500_000);
        (await _api.GetAsync<Summary>("thuky", path + "/summary")).ReceivedVnd.Should().Be(151_500_000);
    }

    private async Task<HttpResponseMessage> PostCsvAsync(string path, string csv, string account = "thuky")
    {
        var content = new StringContent(csv, System.Text.Encoding.UTF8, "text/csv");
        return await (await _api.As(account)).PostAsync(path + "/bank-statements", content);
    }

    [Fact]
    public async Task Disbursements_never_exceed_the_balance_and_the_public_page_shows_totals_without_names_unless_agreed()
    {
        var (congressId, campaign) = await _api.LaunchAsync("Bão số 11 — hỗ trợ địa phương",
            [new { name = "Đoàn đại biểu khối doanh nghiệp", targetVnd = 1_000_000_000 }, new { name = "Đoàn đại biểu xã Kim Sơn", targetVnd = 100_000_000 }]);
        var path = FundraisingApi.CampaignPath(congressId, campaign.Id);
        foreach (var (name, amount, agreed) in new[] { ("Công ty A", 400_000_000L, true), ("Công ty B", 300_000_000L, false), ("Công ty C", 300_000_000L, true) })
        {
            var p = await _api.PostAsync<Pledge>("thuky", path + "/pledges", new { donorKind = "Person", donorName = name, unitName = "Đoàn đại biểu khối doanh nghiệp", amountVnd = amount, namePublic = agreed }, HttpStatusCode.OK);
            await _api.PostAsync<Receipt>("thuky", path + "/receipts", new { pledgeId = p!.Id, method = "BankTransfer", amountVnd = amount }, HttpStatusCode.OK);
        }
        var lone = await _api.PostAsync<Pledge>("thuky", path + "/pledges", new { donorKind = "Person", donorName = "Ông Lẻ", unitName = "Đoàn đại biểu xã Kim Sơn", amountVnd = 7_000_000, namePublic = false }, HttpStatusCode.OK);
        await _api.PostAsync<Receipt>("thuky", path + "/receipts", new { pledgeId = lone!.Id, method = "Cash", amountVnd = 7_000_000 }, HttpStatusCode.OK);

        var over = await _api.RefusedAsync("btc", path + "/disbursements", new { locality = "Xã Yên Mô", amountVnd = 1_000_000_001, source = "BankTransfer" }, HttpStatusCode.Conflict);
        over.Code.Should().Be("fundraising.disbursement.balance");
        await _api.RefusedAsync("thuky", path + "/disbursements", new { locality = "Xã Yên Mô", amountVnd = 1_000, source = "BankTransfer" }, HttpStatusCode.Forbidden);
        await _api.RefusedAsync("btc", path + "/disbursements", new { locality = "Xã Yên Mô", amountVnd = -1_000, source = "BankTransfer" }, HttpStatusCode.BadRequest);
        await _api.RefusedAsync("btc.x01", path + "/disbursements", new { locality = "Xã Yên Mô", amountVnd = 1_000, source = "BankTransfer" }, HttpStatusCode.NotFound);
        await _api.PostAsync<Payout>("btc", path + "/disbursements", new { locality = "Xã Yên Mô", purpose = "Sửa nhà sau bão", amountVnd = 600_000_000, source = "BankTransfer" }, HttpStatusCode.OK);
        await _api.RefusedAsync("btc", path + "/disbursements", new { locality = "Xã Kim Sơn", amountVnd = 400_000_001, source = "BankTransfer" }, HttpStatusCode.Conflict);
        await _api.PostAsync<Payout>("btc", path + "/disbursements", new { locality = "Xã Kim Sơn", amountVnd = 400_000_000, source = "BankTransfer" }, HttpStatusCode.OK);

        var summary = await _api.GetAsync<Summary>("btc", path + "/summary");
        summary.BalanceVnd.Should().Be(7_000_000, "only the cash is left");
        summary.DisbursedVnd.Should().Be(1_000_000_000);

        var anonymous = factory.CreateClient();
        var response = await anonymous.GetAsync($"/api/fundraising/public/campaigns/{campaign.Id}");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var text = await response.Content.ReadAsStringAsync();
        var view = System.Text.Json.JsonSerializer.Deserialize<PublicView>(text, FundraisingApi.Json)!;
        view.ReceivedVnd.Should().Be(1_007_000_000);
        view.Disbursements.Select(d => d.Locality).Should().Equal("Xã Yên Mô", "Xã Kim Sơn");
        view.Donors.Should().Equal("Công ty A", "Công ty C");
        view.Units.Should().Contain(u => u.Name == "Đoàn đại biểu khối doanh nghiệp" && u.ReceivedVnd == 1_000_000_000);
        view.Units.Should().NotContain(u => u.Name == "Đoàn đại biểu xã Kim Sơn", "one donor's unit total would be that donor's gift");
        text.Should().NotContain("Công ty B").And.NotContain("Ông Lẻ").And.NotContain(lone.Reference).And.NotContain("PT-");
        (await anonymous.GetAsync($"/api/fundraising/public/campaigns/{Guid.NewGuid()}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await anonymous.GetAsync(path + "/summary")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Parallel_receipts_get_the_numbers_one_to_n_without_gap_or_duplicate_and_a_duplicate_number_is_refused()
    {
        const int n = 40;
        var (congressId, campaign) = await _api.LaunchAsync("Bão số 10 — số biên lai");
        var path = FundraisingApi.CampaignPath(congressId, campaign.Id);
        var client = await _api.As("thuky");

        var responses = await Task.WhenAll(Enumerable.Range(1, n).Select(i =>
            client.PostAsJsonAsync(path + "/receipts", new { method = i % 2 == 0 ? "Cash" : "BankTransfer", amountVnd = 100_000L * i, payerName = $"Người nộp {i}" })));

        responses.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.OK);
        var numbers = new List<int>();
        foreach (var r in responses) numbers.Add((await r.Content.ReadFromJsonAsync<Receipt>())!.Number);
        numbers.Order().Should().Equal(Enumerable.Range(1, n), "gap-free and unique under concurrency");
        await _api.AssertBooksBalancedAsync();

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FundraisingDbContext>();
        var tracked = await db.Campaigns.Include(c => c.Units).FirstAsync(c => c.Id == new CampaignId(campaign.Id));
        var existing = await db.Receipts.AsNoTracking().FirstAsync(r => r.CampaignId == tracked.Id && r.Number == 7);
        db.Receipts.Add(Congress.Modules.Fundraising.Domain.Receipts.Receipt.Issue(tracked, existing.Year, 7, null, PaymentMethod.Cash, 1_000, "Trùng số", null, null, DateTime.UtcNow).Value);
        await FluentActions.Awaiting(() => db.SaveChangesAsync()).Should().ThrowAsync<DbUpdateException>("the database refuses a second receipt numbered 7");
    }

    private sealed record Finding(Guid CampaignId, string Kind, Guid SubjectId, string Message);

    [Fact]
    public async Task Reconciliation_finds_pledges_without_receipts_receipts_without_pledges_unmatched_bank_lines_and_open_batches()
    {
        var (congressId, campaign) = await _api.LaunchAsync("Bão số 11 — đối soát");
        var path = FundraisingApi.CampaignPath(congressId, campaign.Id);
        var unpaid = await _api.PostAsync<Pledge>("thuky", path + "/pledges", new { donorKind = "Person", donorName = "Chưa nộp", amountVnd = 1_000_000, namePublic = false }, HttpStatusCode.OK);
        var loose = await _api.PostAsync<Receipt>("thuky", path + "/receipts", new { method = "BankTransfer", amountVnd = 250_000, payerName = "Không cam kết" }, HttpStatusCode.OK);
        var batch = await _api.PostAsync<Batch>("thuky", path + "/cash-batches", new { label = "Lô chưa khóa", expectedCount = 1, expectedTotalVnd = 100_000 }, HttpStatusCode.OK);
        var csv = "date,amount,description,transaction_id\n2026-11-09,999000,ai do chuyen,FT-RECON-1\n";
        var content = new StringContent(csv, System.Text.Encoding.UTF8, "text/csv");
        var line = (await (await (await _api.As("thuky")).PostAsync(path + "/bank-statements", content)).Content.ReadFromJsonAsync<BankImport>())!.UnmatchedLines.Single();
        await _api.AssertBooksBalancedAsync();

        await _api.RefusedAsync("quansat", $"/api/fundraising/congresses/{congressId}/reconciliation", null, HttpStatusCode.Forbidden);
        (await _api.PostAsync<int>("thuky", $"/api/fundraising/congresses/{congressId}/reconciliation", null, HttpStatusCode.OK)).Should().BeGreaterThanOrEqualTo(4);
        var findings = (await _api.GetAsync<List<Finding>>("giamsat", $"/api/fundraising/congresses/{congressId}/findings")).Where(f => f.CampaignId == campaign.Id).ToList();

        findings.Select(f => (f.Kind, f.SubjectId)).Should().BeEquivalentTo(new[]
        {
            ("PledgeWithoutReceipt", unpaid!.Id), ("ReceiptWithoutPledge", loose!.Id), ("UnmatchedBankLine", line.Id), ("OpenCashBatch", batch!.Id),
        });
    }

    [Fact]
    public async Task The_demo_congress_has_its_drive_with_4_2_billion_advanced_to_12_localities_and_the_balance_left()
    {
        var congressId = await _api.CongressAsync();
        var demo = (await _api.GetAsync<List<Campaign>>("btc", $"/api/fundraising/congresses/{congressId}/campaigns"))
            .Single(c => c.Name == Congress.Modules.Fundraising.Infrastructure.Demo.FundraisingDemoSeeder.CampaignName);

        var summary = await _api.GetAsync<Summary>("quansat", FundraisingApi.CampaignPath(congressId, demo.Id) + "/summary");

        summary.Disbursements.Should().HaveCount(12);
        summary.DisbursedVnd.Should().Be(4_200_000_000);
        summary.ReceivedVnd.Should().Be(5_200_000_000);
        summary.BalanceVnd.Should().Be(1_000_000_000);
        (await _api.GetAsync<TrialBalance>("giamsat", FundraisingApi.CampaignPath(congressId, demo.Id) + "/trial-balance")).DifferenceVnd.Should().Be(0);
    }
}

public sealed class FundraisingFlowSqliteTests(CongressFactory factory) : FundraisingFlowTests<CongressFactory>(factory), IClassFixture<CongressFactory>;

[Collection("postgres")]
public sealed class FundraisingFlowPostgresTests(PostgresCongressFactory factory) : FundraisingFlowTests<PostgresCongressFactory>(factory), IClassFixture<PostgresCongressFactory>;
