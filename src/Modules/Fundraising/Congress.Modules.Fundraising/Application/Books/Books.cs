using Congress.Modules.Fundraising.Domain.Campaigns;
using Congress.Modules.Fundraising.Domain.Ledger;
using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Fundraising.Application.Books;

/// <summary>
/// The campaign's double-entry books. Every operation that moves money posts one balanced entry here in its own
/// transaction; nothing is updated or deleted, a correction is a reversing entry.
/// </summary>
internal sealed class Books(FundraisingDbContext db, IClock clock)
{
    public Result<LedgerEntry> Post(Campaign campaign, string kind, Guid sourceId, string memo, params (LedgerAccount Account, long AmountVnd)[] legs)
    {
        var entry = LedgerEntry.Post(campaign.CongressId, campaign.Id.Value, kind, sourceId, memo, clock.UtcNow, legs);
        if (entry.IsSuccess) db.LedgerEntries.Add(entry.Value);
        return entry;
    }

    /// <summary>Reverses the entries of <paramref name="sourceId"/> not reversed yet.</summary>
    public async Task ReverseAsync(Guid sourceId, string memo, CancellationToken cancellationToken)
    {
        var entries = await db.LedgerEntries.Include(e => e.Postings).Where(e => e.SourceId == sourceId).ToListAsync(cancellationToken);
        var reversed = entries.Where(e => e.ReversesEntryId is not null).Select(e => e.ReversesEntryId!.Value).ToHashSet();
        foreach (var entry in entries.Where(e => e.ReversesEntryId is null && !reversed.Contains(e.Id.Value)))
            db.LedgerEntries.Add(entry.Reverse(memo, clock.UtcNow));
    }

    /// <summary>The stored balance of each account of a campaign (debit positive).</summary>
    /// <summary>Every account's balance as debit or credit, their totals and the number of entries: zero difference when the books are sound.</summary>
    public async Task<TrialBalanceDto> TrialBalanceAsync(Guid campaignId, CancellationToken cancellationToken)
    {
        var balances = await BalancesAsync(campaignId, cancellationToken);
        var accounts = Enum.GetValues<LedgerAccount>().Select(a =>
        {
            var balance = balances.GetValueOrDefault(a);
            return new AccountBalanceDto((int)a, a.ToString(), LedgerAccounts.Title(a), Math.Max(balance, 0), Math.Max(-balance, 0));
        }).ToList();
        var entries = await db.LedgerEntries.AsNoTracking().CountAsync(e => e.CampaignId == campaignId, cancellationToken);
        var debit = accounts.Sum(a => a.DebitVnd);
        var credit = accounts.Sum(a => a.CreditVnd);
        return new TrialBalanceDto(campaignId, accounts, debit, credit, debit - credit, entries);
    }

    public async Task<Dictionary<LedgerAccount, long>> BalancesAsync(Guid campaignId, CancellationToken cancellationToken) =>
        (await db.LedgerPostings.AsNoTracking().Where(p => p.CampaignId == campaignId)
            .GroupBy(p => p.Account).Select(g => new { g.Key, Sum = g.Sum(p => p.AmountVnd) }).ToListAsync(cancellationToken))
        .ToDictionary(x => x.Key, x => x.Sum);

    public async Task<long> BalanceAsync(Guid campaignId, LedgerAccount account, CancellationToken cancellationToken) =>
        await db.LedgerPostings.AsNoTracking().Where(p => p.CampaignId == campaignId && p.Account == account).SumAsync(p => p.AmountVnd, cancellationToken);
}
