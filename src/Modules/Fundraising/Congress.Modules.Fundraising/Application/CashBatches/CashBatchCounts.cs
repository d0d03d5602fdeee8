using Congress.Modules.Fundraising.Domain.Batches;
using Congress.Modules.Fundraising.Domain.Receipts;
using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Fundraising.Application.CashBatches;

internal static class CashBatchCounts
{
    /// <summary>The receipts counted into a batch (voided ones do not count).</summary>
    public static async Task<(int Count, long Total)> OfAsync(FundraisingDbContext db, CashBatchId batchId, CancellationToken cancellationToken)
    {
        var amounts = await db.Receipts.AsNoTracking().Where(r => r.CashBatchId == batchId.Value && r.Status == ReceiptStatus.Issued)
            .Select(r => r.AmountVnd).ToListAsync(cancellationToken);
        return (amounts.Count, amounts.Sum());
    }

    public static CashBatchDto Dto(CashBatch b, int count, long total) =>
        new(b.Id.Value, b.CampaignId.Value, b.Label, b.ExpectedCount, b.ExpectedTotalVnd, count, total, b.IsClosed, b.OpenedAtUtc, b.ClosedAtUtc);
}
