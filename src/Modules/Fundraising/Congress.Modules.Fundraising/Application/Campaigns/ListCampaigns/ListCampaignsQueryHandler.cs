using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Fundraising.Application.Campaigns.ListCampaigns;

internal sealed class ListCampaignsQueryHandler(FundraisingDbContext db) : IRequestHandler<ListCampaignsQuery, Result<IReadOnlyList<CampaignDto>>>
{
    public async Task<Result<IReadOnlyList<CampaignDto>>> Handle(ListCampaignsQuery query, CancellationToken cancellationToken)
    {
        var campaigns = await db.Campaigns.AsNoTracking().Include(c => c.Units).Where(c => c.CongressId == query.CongressId).ToListAsync(cancellationToken);
        return campaigns.OrderByDescending(c => c.CreatedAtUtc).Select(CampaignDto.From).ToList();
    }
}
