using Congress.Modules.Fundraising.Domain.Campaigns;
using Congress.Modules.Fundraising.Domain.Receipts;
using Congress.Shared.Kernel;

namespace Congress.Modules.Fundraising.Domain.Disbursements;

internal readonly record struct DisbursementId(Guid Value) : ITypedId
{
    public static DisbursementId New() => new(Guid.NewGuid());
}

/// <summary>Support paid to an affected locality from the campaign's money; never more than the balance left.</summary>
internal sealed class Disbursement : AggregateRoot<DisbursementId>
{
    private Disbursement() { }

    public CampaignId CampaignId { get; private set; }
    public Guid CongressId { get; private set; }
    public string Locality { get; private set; } = "";
    public string Purpose { get; private set; } = "";
    public long AmountVnd { get; private set; }
    public PaymentMethod Source { get; private set; }
    public DateTime PaidAtUtc { get; private set; }

    /// <param name="balanceVnd">What the paying account holds now.</param>
    public static Result<Disbursement> Pay(Campaign campaign, string locality, string purpose, long amountVnd, PaymentMethod source, long balanceVnd, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(locality)) return new Error("fundraising.disbursement.locality", "Cần nêu địa phương nhận hỗ trợ.");
        var amount = Money.Money.Create(amountVnd);
        if (amount.IsFailure) return amount.Error!;
        if (amountVnd > balanceVnd)
            return Error.Conflict("fundraising.disbursement.balance",
                $"Số tiền chi {Money.Money.Format(amountVnd)} vượt số dư còn lại {Money.Money.Format(balanceVnd)} (thiếu {Money.Money.Format(amountVnd - balanceVnd)}).");
        return new Disbursement
        {
            Id = DisbursementId.New(), CampaignId = campaign.Id, CongressId = campaign.CongressId, Locality = locality.Trim(), Purpose = purpose.Trim(),
            AmountVnd = amountVnd, Source = source, PaidAtUtc = nowUtc,
        };
    }
}
