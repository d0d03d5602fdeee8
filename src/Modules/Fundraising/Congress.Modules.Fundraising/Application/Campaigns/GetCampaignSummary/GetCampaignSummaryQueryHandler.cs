using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Fundraising.Application.Campaigns.GetCampaignSummary;

internal sealed class GetCampaignSummaryQueryHandler(FundraisingDbContext db) : IRequestHandler<GetCampaignSummaryQuery, Result<CampaignSummaryDto>>
{
    public async Task<Result<CampaignSummaryDto>> Handle(GetCampaignSummaryQuery query, CancellationToken cancellationToken)
    {
        var campaign = await db.FindAsync(query.CongressId, query.CampaignId, cancellationToken);
        if (campaign.IsFailure) return campaign.Error!;
        return await CampaignFigures.ReadAsync(db, campaign.Value, cancellationToken);
    }
}
