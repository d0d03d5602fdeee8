using Congress.Modules.Fundraising.Application.Campaigns;
using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Fundraising.Application.Receipts.ListReceipts;

internal sealed class ListReceiptsQueryHandler(FundraisingDbContext db) : IRequestHandler<ListReceiptsQuery, Result<IReadOnlyList<ReceiptDto>>>
{
    public async Task<Result<IReadOnlyList<ReceiptDto>>> Handle(ListReceiptsQuery query, CancellationToken cancellationToken)
    {
        var campaign = await db.FindAsync(query.CongressId, query.CampaignId, cancellationToken);
        if (campaign.IsFailure) return campaign.Error!;
        var receipts = await db.Receipts.AsNoTracking().Where(r => r.CampaignId == campaign.Value.Id).ToListAsync(cancellationToken);
        return receipts.OrderBy(r => r.Year).ThenBy(r => r.Number).Select(ReceiptDto.From).ToList();
    }
}
