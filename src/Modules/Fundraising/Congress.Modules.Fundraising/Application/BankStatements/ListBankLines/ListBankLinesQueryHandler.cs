using Congress.Modules.Fundraising.Application.Campaigns;
using Congress.Modules.Fundraising.Domain.Bank;
using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Fundraising.Application.BankStatements.ListBankLines;

internal sealed class ListBankLinesQueryHandler(FundraisingDbContext db) : IRequestHandler<ListBankLinesQuery, Result<IReadOnlyList<BankLineDto>>>
{
    public async Task<Result<IReadOnlyList<BankLineDto>>> Handle(ListBankLinesQuery query, CancellationToken cancellationToken)
    {
        var campaign = await db.FindAsync(query.CongressId, query.CampaignId, cancellationToken);
        if (campaign.IsFailure) return campaign.Error!;
        var lines = await db.BankLines.AsNoTracking()
            .Where(l => l.CampaignId == campaign.Value.Id && (!query.UnmatchedOnly || l.Status == BankLineStatus.Unmatched)).ToListAsync(cancellationToken);
        return lines.OrderBy(l => l.BookedOn).ThenBy(l => l.LineNumber).Select(BankLineDto.From).ToList();
    }
}
