using Congress.Modules.Fundraising.Domain.Campaigns;
using Congress.Shared.Kernel;

namespace Congress.Modules.Fundraising.Domain.Receipts;

internal readonly record struct ReceiptId(Guid Value) : ITypedId
{
    public static ReceiptId New() => new(Guid.NewGuid());
}

internal enum PaymentMethod
{
    Cash = 1,
    BankTransfer = 2,
}

internal enum ReceiptStatus
{
    Issued = 1,
    /// <summary>Voided by a reversing entry; its number stays used, so the sequence keeps no gap.</summary>
    Voided = 2,
}

/// <summary>
/// Biên lai thu tiền: money received, in cash or by transfer, with a number that is gap-free and unique per campaign and
/// year (PT-2026-000001 …). Never deleted: a mistake is voided with a reason, which books a reversing entry.
/// </summary>
internal sealed class Receipt : AggregateRoot<ReceiptId>
{
    private Receipt() { }

    public CampaignId CampaignId { get; private set; }
    public Guid CongressId { get; private set; }
    public int Year { get; private set; }
    public int Number { get; private set; }
    public Guid? PledgeId { get; private set; }
    public PaymentMethod Method { get; private set; }
    public long AmountVnd { get; private set; }
    public string PayerName { get; private set; } = "";
    public Guid? CashBatchId { get; private set; }
    public Guid? BankLineId { get; private set; }
    public ReceiptStatus Status { get; private set; }
    public string? VoidReason { get; private set; }
    public DateTime ReceivedAtUtc { get; private set; }

    public string DisplayNumber => Format(Year, Number);

    public static string Format(int year, int number) => $"PT-{year}-{number:000000}";

    public static Result<Receipt> Issue(Campaign campaign, int year, int number, Pledge? pledge, PaymentMethod method, long amountVnd, string payerName,
        Guid? cashBatchId, Guid? bankLineId, DateTime nowUtc)
    {
        var amount = Money.Money.Create(amountVnd);
        if (amount.IsFailure) return amount.Error!;
        if (number <= 0) throw new ArgumentOutOfRangeException(nameof(number));
        return new Receipt
        {
            Id = ReceiptId.New(), CampaignId = campaign.Id, CongressId = campaign.CongressId, Year = year, Number = number, PledgeId = pledge?.Id.Value, Method = method,
            AmountVnd = amountVnd, PayerName = string.IsNullOrWhiteSpace(payerName) ? pledge?.DonorName ?? "" : payerName.Trim(),
            CashBatchId = cashBatchId, BankLineId = bankLineId, Status = ReceiptStatus.Issued, ReceivedAtUtc = nowUtc,
        };
    }

    public Result Void(string reason)
    {
        if (Status == ReceiptStatus.Voided) return Error.Conflict("fundraising.receipt.voided", "Biên lai đã bị hủy trước đó.");
        if (string.IsNullOrWhiteSpace(reason)) return new Error("fundraising.receipt.reason", "Cần nêu lý do hủy biên lai.");
        Status = ReceiptStatus.Voided;
        VoidReason = reason.Trim();
        return Result.Success();
    }
}

/// <summary>The last receipt number issued for a campaign in a year; incremented inside the receipt's transaction.</summary>
internal sealed class ReceiptCounter
{
    public CampaignId CampaignId { get; set; }
    public int Year { get; set; }
    public int Last { get; set; }
}
