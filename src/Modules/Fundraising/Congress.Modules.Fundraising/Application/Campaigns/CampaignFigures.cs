using Congress.Modules.Fundraising.Domain.Campaigns;
using Congress.Modules.Fundraising.Domain.Ledger;
using Congress.Modules.Fundraising.Domain.Receipts;
using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Fundraising.Application.Campaigns;

/// <summary>The figures the thermometer, the summary and the public page share, read in a few grouped queries.</summary>
internal static class CampaignFigures
{
    public static async Task<CampaignSummaryDto> ReadAsync(FundraisingDbContext db, Campaign campaign, CancellationToken cancellationToken)
    {
        var id = campaign.Id;
        var byUnit = await db.Pledges.AsNoTracking().Where(p => p.CampaignId == id)
            .GroupBy(p => p.UnitName)
            .Select(g => new { Unit = g.Key, Pledged = g.Sum(p => p.AmountVnd), Received = g.Sum(p => p.ReceivedVnd), Donors = g.Count() })
            .ToListAsync(cancellationToken);
        var received = await db.Receipts.AsNoTracking().Where(r => r.CampaignId == id && r.Status == ReceiptStatus.Issued).SumAsync(r => r.AmountVnd, cancellationToken);
        var balance = await db.LedgerPostings.AsNoTracking()
            .Where(p => p.CampaignId == id.Value && (p.Account == LedgerAccount.Cash || p.Account == LedgerAccount.Bank)).SumAsync(p => p.AmountVnd, cancellationToken);
        var disbursements = (await db.Disbursements.AsNoTracking().Where(d => d.CampaignId == id).ToListAsync(cancellationToken))
            .OrderBy(d => d.PaidAtUtc).Select(d => new DisbursementDto(d.Id.Value, d.Locality, d.Purpose, d.AmountVnd, d.Source.ToString(), d.PaidAtUtc)).ToList();

        var units = campaign.Units.Select(u =>
        {
            var figures = byUnit.FirstOrDefault(b => string.Equals(b.Unit, u.Name, StringComparison.OrdinalIgnoreCase));
            return new UnitProgressDto(u.Name, u.TargetVnd, figures?.Pledged ?? 0, figures?.Received ?? 0, figures?.Donors ?? 0);
        }).ToList();
        units.AddRange(byUnit.Where(b => !campaign.Units.Any(u => string.Equals(u.Name, b.Unit, StringComparison.OrdinalIgnoreCase)))
            .Select(b => new UnitProgressDto(b.Unit ?? "", 0, b.Pledged, b.Received, b.Donors)));

        return new CampaignSummaryDto(id.Value, campaign.Name, campaign.Purpose, campaign.IsOpen, campaign.GoalVnd, byUnit.Sum(b => b.Pledged), received,
            disbursements.Sum(d => d.AmountVnd), balance, byUnit.Sum(b => b.Donors),
            units.OrderByDescending(u => u.PledgedVnd).ThenBy(u => u.Name).ToList(), disbursements);
    }
}
