using Congress.Modules.Fundraising.Application.Campaigns;
using Congress.Modules.Fundraising.Application.Printing;
using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Fundraising.Application.Receipts.PrintMyReceipt;

internal sealed class PrintMyReceiptQueryHandler(FundraisingDbContext db, ICurrentUser user, IFundraisingPrinter printer) : IRequestHandler<PrintMyReceiptQuery, Result<byte[]>>
{
    public async Task<Result<byte[]>> Handle(PrintMyReceiptQuery query, CancellationToken cancellationToken)
    {
        var receipt = (await db.MyReceiptsAsync(user.DelegateId, query.ReceiptId, cancellationToken)).SingleOrDefault();
        if (receipt is null) return CampaignErrors.ReceiptNotFound;
        return printer.Receipt(await ReceiptSheets.ForAsync(db, receipt, cancellationToken));
    }
}
