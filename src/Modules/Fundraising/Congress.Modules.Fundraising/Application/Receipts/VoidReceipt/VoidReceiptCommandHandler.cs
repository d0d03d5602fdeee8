using Congress.Modules.Fundraising.Application.Campaigns;
using Congress.Modules.Fundraising.Domain.Batches;
using Congress.Modules.Fundraising.Domain.Campaigns;
using Congress.Modules.Fundraising.Domain.Receipts;
using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Fundraising.Application.Receipts.VoidReceipt;

internal sealed class VoidReceiptCommandHandler(FundraisingDbContext db, Books.Books books, Thermometer thermometer) : IRequestHandler<VoidReceiptCommand, Result<ReceiptDto>>
{
    public async Task<Result<ReceiptDto>> Handle(VoidReceiptCommand command, CancellationToken cancellationToken)
    {
        var receipt = await db.Receipts.FirstOrDefaultAsync(r => r.Id == new ReceiptId(command.ReceiptId) && r.CongressId == command.CongressId, cancellationToken);
        if (receipt is null) return CampaignErrors.ReceiptNotFound;
        if (receipt.BankLineId is not null)
            return Error.Conflict("fundraising.receipt.from_bank", "Biên lai lập từ sao kê ngân hàng: tiền đã vào tài khoản, không hủy được.");
        if (receipt.CashBatchId is { } batchId && await db.CashBatches.AnyAsync(b => b.Id == new CashBatchId(batchId) && b.IsClosed, cancellationToken))
            return Error.Conflict("fundraising.batch.closed", "Biên lai thuộc lô tiền mặt đã khóa.");
        var voided = receipt.Void(command.Reason);
        if (voided.IsFailure) return voided.Error!;
        if (receipt.PledgeId is { } pledgeId)
            (await db.Pledges.FirstAsync(p => p.Id == new PledgeId(pledgeId), cancellationToken)).Unreceive(receipt.AmountVnd);
        await books.ReverseAsync(receipt.Id.Value, $"Hủy biên lai {receipt.DisplayNumber}: {command.Reason.Trim()}", cancellationToken);
        thermometer.Moved(receipt.CampaignId, "receipt-voided");
        return ReceiptDto.From(receipt);
    }
}
