using Congress.Modules.Fundraising.Application.Campaigns;
using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Fundraising.Application.Pledges.ListPledges;

internal sealed class ListPledgesQueryHandler(FundraisingDbContext db) : IRequestHandler<ListPledgesQuery, Result<IReadOnlyList<PledgeDto>>>
{
    public async Task<Result<IReadOnlyList<PledgeDto>>> Handle(ListPledgesQuery query, CancellationToken cancellationToken)
    {
        var campaign = await db.FindAsync(query.CongressId, query.CampaignId, cancellationToken);
        if (campaign.IsFailure) return campaign.Error!;
        var pledges = await db.Pledges.AsNoTracking().Where(p => p.CampaignId == campaign.Value.Id).ToListAsync(cancellationToken);
        return pledges.OrderBy(p => p.CreatedAtUtc).Select(p => PledgeDto.From(p, campaign.Value)).ToList();
    }
}
