using Congress.Modules.Fundraising.Application.Campaigns;
using Congress.Modules.Fundraising.Application.Printing;
using Congress.Modules.Fundraising.Application.Receipts;
using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Fundraising.Application.Books.PrintBooks;

internal sealed class PrintBooksQueryHandler(FundraisingDbContext db, Books books, IFundraisingPrinter printer) : IRequestHandler<PrintBooksQuery, Result<byte[]>>
{
    public async Task<Result<byte[]>> Handle(PrintBooksQuery query, CancellationToken cancellationToken)
    {
        var found = await db.FindAsync(query.CongressId, query.CampaignId, cancellationToken);
        if (found.IsFailure) return found.Error!;
        var campaign = found.Value;
        var summary = await CampaignFigures.ReadAsync(db, campaign, cancellationToken);
        var trial = await books.TrialBalanceAsync(campaign.Id.Value, cancellationToken);
        var receipts = (await db.Receipts.AsNoTracking().Where(r => r.CampaignId == campaign.Id).ToListAsync(cancellationToken))
            .OrderBy(r => r.Year).ThenBy(r => r.Number).Select(ReceiptDto.From).ToList();
        return printer.Books(new BooksSheet(summary, campaign.Organiser, trial, receipts));
    }
}
