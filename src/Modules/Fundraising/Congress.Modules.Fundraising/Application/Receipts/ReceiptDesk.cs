using Congress.Modules.Fundraising.Application.Books;
using Congress.Modules.Fundraising.Application.Campaigns;
using Congress.Modules.Fundraising.Contracts;
using Congress.Modules.Fundraising.Domain.Campaigns;
using Congress.Modules.Fundraising.Domain.Ledger;
using Congress.Modules.Fundraising.Domain.Receipts;
using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;

namespace Congress.Modules.Fundraising.Application.Receipts;

/// <summary>
/// Issues a receipt, whatever brought the money (the secretariat's desk, a matched bank line, a resolved one): the next
/// number, the pledge settled, one balanced entry (Dr cash or bank; Cr pledges receivable for what settles the pledge,
/// Cr donations income for the rest), the outbox event, the thermometer.
/// </summary>
internal sealed class ReceiptDesk(FundraisingDbContext db, Books.Books books, Thermometer thermometer, IClock clock)
{
    /// <summary>Receipt years are Vietnamese calendar years (UTC+7, no daylight saving).</summary>
    public int CurrentYear => clock.UtcNow.AddHours(7).Year;

    public async Task<Result<Receipt>> IssueAsync(Campaign campaign, Pledge? pledge, PaymentMethod method, long amountVnd, string payerName,
        Guid? cashBatchId, Guid? bankLineId, CancellationToken cancellationToken)
    {
        if (!Domain.Money.Money.IsValid(amountVnd)) return Domain.Money.Money.Create(amountVnd).Error!;
        var year = CurrentYear;
        var number = await ReceiptNumbers.NextAsync(db, campaign.Id, year, cancellationToken);
        var receipt = Receipt.Issue(campaign, year, number, pledge, method, amountVnd, payerName, cashBatchId, bankLineId, clock.UtcNow);
        if (receipt.IsFailure) return receipt.Error!;
        var settles = pledge?.Receive(amountVnd) ?? 0;
        var legs = new List<(LedgerAccount, long)> { (method == PaymentMethod.Cash ? LedgerAccount.Cash : LedgerAccount.Bank, amountVnd) };
        if (settles > 0) legs.Add((LedgerAccount.PledgesReceivable, -settles));
        if (amountVnd - settles > 0) legs.Add((LedgerAccount.DonationsIncome, -(amountVnd - settles)));
        var posted = books.Post(campaign, "receipt", receipt.Value.Id.Value, $"Biên lai {receipt.Value.DisplayNumber}", [.. legs]);
        if (posted.IsFailure) return posted.Error!;
        db.Receipts.Add(receipt.Value);
        db.Publish(new DonationReceivedIntegrationEvent(receipt.Value.Id.Value, campaign.Id.Value, campaign.CongressId, receipt.Value.DisplayNumber, amountVnd));
        thermometer.Moved(campaign.Id, "receipt");
        return receipt;
    }
}
