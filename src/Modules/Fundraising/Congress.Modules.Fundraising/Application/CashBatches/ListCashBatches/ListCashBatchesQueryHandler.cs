using Congress.Modules.Fundraising.Application.Campaigns;
using Congress.Modules.Fundraising.Domain.Receipts;
using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Fundraising.Application.CashBatches.ListCashBatches;

internal sealed class ListCashBatchesQueryHandler(FundraisingDbContext db) : IRequestHandler<ListCashBatchesQuery, Result<IReadOnlyList<CashBatchDto>>>
{
    public async Task<Result<IReadOnlyList<CashBatchDto>>> Handle(ListCashBatchesQuery query, CancellationToken cancellationToken)
    {
        var campaign = await db.FindAsync(query.CongressId, query.CampaignId, cancellationToken);
        if (campaign.IsFailure) return campaign.Error!;
        var batches = await db.CashBatches.AsNoTracking().Where(b => b.CampaignId == campaign.Value.Id).ToListAsync(cancellationToken);
        var counts = (await db.Receipts.AsNoTracking().Where(r => r.CampaignId == campaign.Value.Id && r.CashBatchId != null && r.Status == ReceiptStatus.Issued)
                .Select(r => new { r.CashBatchId, r.AmountVnd }).ToListAsync(cancellationToken))
            .GroupBy(r => r.CashBatchId!.Value).ToDictionary(g => g.Key, g => (Count: g.Count(), Total: g.Sum(r => r.AmountVnd)));
        return batches.OrderBy(b => b.OpenedAtUtc)
            .Select(b => counts.TryGetValue(b.Id.Value, out var c) ? CashBatchCounts.Dto(b, c.Count, c.Total) : CashBatchCounts.Dto(b, 0, 0)).ToList();
    }
}
