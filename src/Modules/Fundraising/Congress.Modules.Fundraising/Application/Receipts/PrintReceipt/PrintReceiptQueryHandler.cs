using Congress.Modules.Fundraising.Application.Campaigns;
using Congress.Modules.Fundraising.Application.Printing;
using Congress.Modules.Fundraising.Domain.Receipts;
using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Fundraising.Application.Receipts.PrintReceipt;

internal sealed class PrintReceiptQueryHandler(FundraisingDbContext db, IFundraisingPrinter printer) : IRequestHandler<PrintReceiptQuery, Result<byte[]>>
{
    public async Task<Result<byte[]>> Handle(PrintReceiptQuery query, CancellationToken cancellationToken)
    {
        var receipt = await db.Receipts.AsNoTracking().FirstOrDefaultAsync(r => r.Id == new ReceiptId(query.ReceiptId) && r.CongressId == query.CongressId, cancellationToken);
        if (receipt is null) return CampaignErrors.ReceiptNotFound;
        return printer.Receipt(await ReceiptSheets.ForAsync(db, receipt, cancellationToken));
    }
}
