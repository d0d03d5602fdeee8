using Congress.Modules.Fundraising.Application.Campaigns;
using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Fundraising.Application.Books.GetTrialBalance;

internal sealed class GetTrialBalanceQueryHandler(FundraisingDbContext db, Books books) : IRequestHandler<GetTrialBalanceQuery, Result<TrialBalanceDto>>
{
    public async Task<Result<TrialBalanceDto>> Handle(GetTrialBalanceQuery query, CancellationToken cancellationToken)
    {
        var campaign = await db.FindAsync(query.CongressId, query.CampaignId, cancellationToken);
        if (campaign.IsFailure) return campaign.Error!;
        return await books.TrialBalanceAsync(campaign.Value.Id.Value, cancellationToken);
    }
}
