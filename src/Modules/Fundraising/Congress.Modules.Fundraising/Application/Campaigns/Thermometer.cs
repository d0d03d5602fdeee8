using Congress.Modules.Fundraising.Domain.Campaigns;
using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Live;

namespace Congress.Modules.Fundraising.Application.Campaigns;

/// <summary>Tells screens and tablets that a campaign's totals moved, once the change is committed; they re-read the totals.</summary>
internal sealed class Thermometer(FundraisingDbContext db, ILiveSignals signals)
{
    public static string Topic(Guid campaignId) => $"fundraising:campaign:{campaignId}";

    public void Moved(CampaignId campaignId, string change) =>
        db.AfterCommit(ct => signals.PublishAsync(new LiveSignal(Topic(campaignId.Value), change), ct).AsTask());
}
