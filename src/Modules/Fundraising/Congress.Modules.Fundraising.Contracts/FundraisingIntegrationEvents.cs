using Congress.Shared.Contracts;

namespace Congress.Modules.Fundraising.Contracts;

/// <summary>Money was received for a campaign (a receipt was issued); amounts in VND.</summary>
public sealed record DonationReceivedIntegrationEvent(Guid ReceiptId, Guid CampaignId, Guid CongressId, string ReceiptNumber, long AmountVnd) : IntegrationEvent;
