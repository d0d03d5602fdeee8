using Congress.Modules.Fundraising.Application.Payments;
using Congress.Modules.Fundraising.Domain.Campaigns;

namespace Congress.Modules.Fundraising.Application.Pledges;

/// <param name="PaymentCode">The VietQR payload for the rest of the pledge (amount outstanding, the reference as purpose); null once paid.</param>
internal sealed record PledgeDto(Guid Id, Guid CampaignId, string Reference, string DonorKind, string DonorName, string? UnitName, long AmountVnd, long ReceivedVnd,
    bool NamePublic, DateTime CreatedAtUtc, string? PaymentCode)
{
    public static PledgeDto From(Pledge p, Campaign campaign) => new(p.Id.Value, p.CampaignId.Value, p.Reference, p.DonorKind.ToString(), p.DonorName, p.UnitName,
        p.AmountVnd, p.ReceivedVnd, p.NamePublic, p.CreatedAtUtc,
        p.OutstandingVnd > 0 && campaign.BankBin.Length == 6 && campaign.BankAccount.Length > 0 ? VietQr.Build(campaign.BankBin, campaign.BankAccount, p.OutstandingVnd, p.Reference) : null);
}
