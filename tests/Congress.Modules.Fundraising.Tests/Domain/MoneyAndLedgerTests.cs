using Congress.Modules.Fundraising.Application.BankStatements;
using Congress.Modules.Fundraising.Application.Payments;
using Congress.Modules.Fundraising.Domain.Batches;
using Congress.Modules.Fundraising.Domain.Campaigns;
using Congress.Modules.Fundraising.Domain.Ledger;
using Congress.Modules.Fundraising.Domain.Money;
using Congress.Shared.Kernel;

namespace Congress.Modules.Fundraising.Tests.Domain;

public sealed class MoneyAndLedgerTests
{
    private static readonly DateTime Now = new(2026, 12, 4, 8, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(0, "Không đồng")]
    [InlineData(15, "Mười lăm đồng")]
    [InlineData(21, "Hai mươi mốt đồng")]
    [InlineData(105, "Một trăm linh năm đồng")]
    [InlineData(500_000, "Năm trăm nghìn đồng")]
    [InlineData(1_005_000, "Một triệu không trăm linh năm nghìn đồng")]
    [InlineData(1_000_050, "Một triệu không trăm năm mươi đồng")]
    [InlineData(35_211_000, "Ba mươi lăm triệu hai trăm mười một nghìn đồng")]
    [InlineData(4_200_000_000, "Bốn tỷ hai trăm triệu đồng")]
    [InlineData(1_000_000_000_000, "Một nghìn tỷ đồng")]
    public void An_amount_is_read_out_in_Vietnamese_as_a_receipt_writes_it(long vnd, string words) =>
        VndInWords.Read(vnd).Should().Be(words);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(-500_000)]
    [InlineData(1_000_000_000_001)]
    [InlineData(long.MaxValue)]
    public void Zero_negative_and_absurd_amounts_are_refused(long vnd) =>
        Money.Create(vnd).Error!.Code.Should().Be("fundraising.amount");

    [Theory]
    [InlineData(1)]
    [InlineData(500_000)]
    [InlineData(1_000_000_000_000)]
    public void Whole_positive_dong_up_to_a_thousand_billion_are_money(long vnd) =>
        Money.Create(vnd).Value.Vnd.Should().Be(vnd);

    [Fact]
    public void An_unbalanced_entry_is_refused_and_a_reversal_cancels_an_entry_leg_by_leg()
    {
        LedgerEntry.Post(Guid.NewGuid(), Guid.NewGuid(), "receipt", Guid.NewGuid(), "x", Now, (LedgerAccount.Cash, 100), (LedgerAccount.DonationsIncome, -99))
            .Error!.Code.Should().Be("fundraising.ledger.unbalanced");
        LedgerEntry.Post(Guid.NewGuid(), Guid.NewGuid(), "receipt", Guid.NewGuid(), "x", Now, (LedgerAccount.Cash, 0), (LedgerAccount.DonationsIncome, 0))
            .Error!.Code.Should().Be("fundraising.ledger.zero_leg");

        var entry = LedgerEntry.Post(Guid.NewGuid(), Guid.NewGuid(), "receipt", Guid.NewGuid(), "x", Now,
            (LedgerAccount.Cash, 700), (LedgerAccount.PledgesReceivable, -500), (LedgerAccount.DonationsIncome, -200)).Value;
        var reversal = entry.Reverse("hủy", Now);

        reversal.ReversesEntryId.Should().Be(entry.Id.Value);
        entry.Postings.Concat(reversal.Postings).GroupBy(p => p.Account).Should().OnlyContain(g => g.Sum(p => p.AmountVnd) == 0);
    }

    [Fact]
    public void A_cash_batch_closes_only_on_its_declared_count_and_total_and_names_the_difference()
    {
        var campaign = Campaign.Launch(Guid.NewGuid(), "Bão số 10", "", 1_000_000, new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31), "BTC", "970415", "113366668888", "", [], Now).Value;
        var batch = CashBatch.Open(campaign, "Bàn số 1", 3, 1_500_000, Now).Value;

        var short1 = batch.Close(2, 1_000_000, Now);
        short1.Error!.Kind.Should().Be(ErrorKind.Conflict);
        short1.Error.Message.Should().Contain("2/3").And.Contain("-1").And.Contain("-500.000");
        batch.IsClosed.Should().BeFalse();

        batch.Close(3, 1_500_000, Now).IsSuccess.Should().BeTrue();
        batch.Close(3, 1_500_000, Now).Error!.Code.Should().Be("fundraising.batch.closed");
    }

    [Fact]
    public void A_closed_campaign_takes_no_pledge()
    {
        var campaign = Campaign.Launch(Guid.NewGuid(), "Bão số 11", "", 1_000_000, new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31), "BTC", "970415", "1", "", [], Now).Value;
        campaign.Close(Now);

        Pledge.Make(campaign, DonorKind.Person, null, "Nguyễn Văn A", null, 100_000, false, Now).Error!.Kind.Should().Be(ErrorKind.Conflict);
    }

    [Fact]
    public void The_VietQR_payload_is_EMVCo_TLV_with_the_NAPAS_account_and_a_CRC16_CCITT_checksum()
    {
        // CRC-16/CCITT-FALSE check value of "123456789".
        VietQr.Crc16("123456789").Should().Be(0x29B1);
        // A published VietQR example (120,000 VND to account 0011001932418 at BIN 970415, a dynamic code: 01 = "12").
        VietQr.Build("970415", "0011001932418", 120_000, "ung ho lu lut")
            .Should().Be("00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA530370454061200005802VN62170813ung ho lu lut6304C15C");

        VietQr.Build("970415", "0011001932418", null, null, dynamic: false).Should().StartWith("000201010211").And.NotContain("5406");

        var code = VietQr.Build("970415", "113366668888", 5_000_000, "UHABCDEFGH");
        code.Should().StartWith("000201010212").And.Contain("0010A000000727").And.Contain("0208QRIBFTTA").And.Contain("5303704")
            .And.Contain("54075000000").And.Contain("5802VN").And.Contain("62140810UHABCDEFGH");
        code[^4..].Should().Be(VietQr.Crc16(code[..^4]).ToString("X4"));
    }

    [Fact]
    public void A_statement_with_a_broken_line_is_refused_whole_naming_each_line()
    {
        const string csv = "Ngày giao dịch,Số tiền,Nội dung,Mã giao dịch\n" +
                           "01/11/2026,\"1.500.000\",UHABCDEFGH ung ho,FT001\n" +
                           "32/11/2026,200000,ung ho,FT002\n" +
                           "02/11/2026,-5000,phi,FT003\n" +
                           "02/11/2026,5000,phi\n" +
                           "03/11/2026,300000,ung ho,FT001\n";

        var parsed = BankStatementCsv.Parse(csv);

        parsed.Error!.Message.Should().Contain("Dòng 3").And.Contain("Dòng 4").And.Contain("Dòng 5").And.Contain("Dòng 6").And.NotContain("Dòng 2:");
        var good = BankStatementCsv.Parse("date,amount,description,transaction_id\n2026-11-01,\"1,500,000\",\"UHABCDEFGH, ung ho\",FT001\n");
        good.Value.Should().ContainSingle().Which.Should().Be(new StatementLine(2, new DateOnly(2026, 11, 1), 1_500_000, "UHABCDEFGH, ung ho", "FT001"));
    }
}
