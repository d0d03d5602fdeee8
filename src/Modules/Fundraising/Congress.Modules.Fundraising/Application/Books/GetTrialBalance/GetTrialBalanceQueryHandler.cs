using Congress.Modules.Fundraising.Application.Campaigns;
using Congress.Modules.Fundraising.Domain.Ledger;
using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Fundraising.Application.Books.GetTrialBalance;

internal sealed class GetTrialBalanceQueryHandler(FundraisingDbContext db, Books books) : IRequestHandler<GetTrialBalanceQuery, Result<TrialBalanceDto>>
{
    public async Task<Result<TrialBalanceDto>> Handle(GetTrialBalanceQuery query, CancellationToken cancellationToken)
    {
        var campaign = await db.FindAsync(query.CongressId, query.CampaignId, cancellationToken);
        if (campaign.IsFailure) return campaign.Error!;
        var balances = await books.BalancesAsync(campaign.Value.Id.Value, cancellationToken);
        var accounts = Enum.GetValues<LedgerAccount>().Select(a =>
        {
            var balance = balances.GetValueOrDefault(a);
            return new AccountBalanceDto((int)a, a.ToString(), LedgerAccounts.Title(a), Math.Max(balance, 0), Math.Max(-balance, 0));
        }).ToList();
        var entries = await db.LedgerEntries.AsNoTracking().CountAsync(e => e.CampaignId == campaign.Value.Id.Value, cancellationToken);
        var debit = accounts.Sum(a => a.DebitVnd);
        var credit = accounts.Sum(a => a.CreditVnd);
        return new TrialBalanceDto(campaign.Value.Id.Value, accounts, debit, credit, debit - credit, entries);
    }
}
