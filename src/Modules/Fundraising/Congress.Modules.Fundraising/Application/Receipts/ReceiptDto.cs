using Congress.Modules.Fundraising.Domain.Receipts;

namespace Congress.Modules.Fundraising.Application.Receipts;

internal sealed record ReceiptDto(Guid Id, Guid CampaignId, string ReceiptNumber, int Year, int Number, Guid? PledgeId, string Method, long AmountVnd, string PayerName,
    Guid? CashBatchId, Guid? BankLineId, string Status, string? VoidReason, DateTime ReceivedAtUtc)
{
    public static ReceiptDto From(Receipt r) => new(r.Id.Value, r.CampaignId.Value, r.DisplayNumber, r.Year, r.Number, r.PledgeId, r.Method.ToString(), r.AmountVnd,
        r.PayerName, r.CashBatchId, r.BankLineId, r.Status.ToString(), r.VoidReason, r.ReceivedAtUtc);
}
