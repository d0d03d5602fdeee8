using Congress.Modules.Fundraising.Domain.Bank;
using Congress.Modules.Fundraising.Domain.Findings;
using Congress.Modules.Fundraising.Domain.Money;
using Congress.Modules.Fundraising.Domain.Receipts;
using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Fundraising.Application.Reconciliation.ReconcileFundraising;

internal sealed class ReconcileFundraisingCommandHandler(FundraisingDbContext db, IClock clock) : IRequestHandler<ReconcileFundraisingCommand, Result<int>>
{
    public const string PledgeWithoutReceipt = "PledgeWithoutReceipt";
    public const string ReceiptWithoutPledge = "ReceiptWithoutPledge";
    public const string UnmatchedBankLine = "UnmatchedBankLine";
    public const string OpenCashBatch = "OpenCashBatch";

    public async Task<Result<int>> Handle(ReconcileFundraisingCommand command, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var campaigns = await db.Campaigns.AsNoTracking().Where(c => c.CongressId == command.CongressId).Select(c => c.Id).ToListAsync(cancellationToken);
        var findings = new List<FundraisingFinding>();
        foreach (var campaignId in campaigns)
        {
            var id = campaignId.Value;
            foreach (var p in await db.Pledges.AsNoTracking().Where(p => p.CampaignId == campaignId && p.ReceivedVnd < p.AmountVnd).ToListAsync(cancellationToken))
                findings.Add(FundraisingFinding.Of(id, command.CongressId, PledgeWithoutReceipt, p.Id.Value,
                    $"Cam kết {p.Reference} của {p.DonorName}: còn thiếu {Money.Format(p.AmountVnd - p.ReceivedVnd)} chưa có biên lai.", now));
            foreach (var r in await db.Receipts.AsNoTracking().Where(r => r.CampaignId == campaignId && r.PledgeId == null && r.Status == ReceiptStatus.Issued).ToListAsync(cancellationToken))
                findings.Add(FundraisingFinding.Of(id, command.CongressId, ReceiptWithoutPledge, r.Id.Value,
                    $"Biên lai {r.DisplayNumber} ({r.PayerName}, {Money.Format(r.AmountVnd)}) không gắn với cam kết nào.", now));
            foreach (var l in await db.BankLines.AsNoTracking().Where(l => l.CampaignId == campaignId && l.Status == BankLineStatus.Unmatched).ToListAsync(cancellationToken))
                findings.Add(FundraisingFinding.Of(id, command.CongressId, UnmatchedBankLine, l.Id.Value,
                    $"Dòng sao kê {l.TransactionId} ngày {l.BookedOn:dd/MM/yyyy}, {Money.Format(l.AmountVnd)}: chưa khớp với cam kết nào.", now));
            foreach (var b in await db.CashBatches.AsNoTracking().Where(b => b.CampaignId == campaignId && !b.IsClosed).ToListAsync(cancellationToken))
                findings.Add(FundraisingFinding.Of(id, command.CongressId, OpenCashBatch, b.Id.Value,
                    $"Lô tiền mặt \"{b.Label}\" chưa khóa (dự kiến {b.ExpectedCount} biên lai, {Money.Format(b.ExpectedTotalVnd)}).", now));
        }
        // Findings are a report, replaced by each run; the books themselves are never touched here.
        await db.Findings.Where(f => f.CongressId == command.CongressId).ExecuteDeleteAsync(cancellationToken);
        db.Findings.AddRange(findings);
        return findings.Count;
    }
}
