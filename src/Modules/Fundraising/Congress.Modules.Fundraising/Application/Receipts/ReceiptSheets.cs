using Congress.Modules.Fundraising.Application.Printing;
using Congress.Modules.Fundraising.Domain.Campaigns;
using Congress.Modules.Fundraising.Domain.Receipts;
using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Fundraising.Application.Receipts;

internal static class ReceiptSheets
{
    /// <summary>What a printed receipt shows besides the receipt: its campaign and the pledge it pays.</summary>
    public static async Task<ReceiptSheet> ForAsync(FundraisingDbContext db, Receipt receipt, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.AsNoTracking().FirstAsync(c => c.Id == receipt.CampaignId, cancellationToken);
        var pledge = receipt.PledgeId is { } pledgeId
            ? await db.Pledges.AsNoTracking().FirstOrDefaultAsync(p => p.Id == new PledgeId(pledgeId), cancellationToken)
            : null;
        return new ReceiptSheet(ReceiptDto.From(receipt), campaign.Name, campaign.Organiser, pledge?.Reference, pledge?.UnitName);
    }

    /// <summary>The receipts that pay a delegate's own pledges, or the one of them with <paramref name="receiptId"/> (none for a caller who is not a delegate).</summary>
    public static async Task<List<Receipt>> MyReceiptsAsync(this FundraisingDbContext db, Guid? delegateId, Guid? receiptId, CancellationToken cancellationToken)
    {
        if (delegateId is null) return [];
        var pledges = (await db.Pledges.AsNoTracking().Where(p => p.DelegateId == delegateId).Select(p => p.Id).ToListAsync(cancellationToken))
            .Select(id => (Guid?)id.Value).ToList();
        var receipts = db.Receipts.AsNoTracking().Where(r => pledges.Contains(r.PledgeId));
        if (receiptId is { } id) receipts = receipts.Where(r => r.Id == new ReceiptId(id));
        return await receipts.ToListAsync(cancellationToken);
    }
}
