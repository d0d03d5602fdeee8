using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Fundraising.Application.Pledges.ListMyPledges;

internal sealed class ListMyPledgesQueryHandler(FundraisingDbContext db, ICurrentUser user) : IRequestHandler<ListMyPledgesQuery, Result<IReadOnlyList<PledgeDto>>>
{
    public async Task<Result<IReadOnlyList<PledgeDto>>> Handle(ListMyPledgesQuery query, CancellationToken cancellationToken)
    {
        var delegateId = user.DelegateId;
        var pledges = await db.Pledges.AsNoTracking().Where(p => p.DelegateId == delegateId).ToListAsync(cancellationToken);
        var campaignIds = pledges.Select(p => p.CampaignId).Distinct().ToList();
        var campaigns = await db.Campaigns.AsNoTracking().Where(c => campaignIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        return pledges.OrderByDescending(p => p.CreatedAtUtc).Select(p => PledgeDto.From(p, campaigns[p.CampaignId])).ToList();
    }
}
