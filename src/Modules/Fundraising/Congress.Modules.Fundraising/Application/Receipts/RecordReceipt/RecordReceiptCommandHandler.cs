using Congress.Modules.Fundraising.Application.Campaigns;
using Congress.Modules.Fundraising.Domain.Batches;
using Congress.Modules.Fundraising.Domain.Campaigns;
using Congress.Modules.Fundraising.Domain.Receipts;
using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Fundraising.Application.Receipts.RecordReceipt;

internal sealed class RecordReceiptCommandHandler(FundraisingDbContext db, ReceiptDesk desk) : IRequestHandler<RecordReceiptCommand, Result<ReceiptDto>>
{
    public async Task<Result<ReceiptDto>> Handle(RecordReceiptCommand command, CancellationToken cancellationToken)
    {
        var campaign = await db.FindAsync(command.CongressId, command.CampaignId, cancellationToken);
        if (campaign.IsFailure) return campaign.Error!;
        Pledge? pledge = null;
        if (command.PledgeId is { } pledgeId)
        {
            pledge = await db.Pledges.FirstOrDefaultAsync(p => p.Id == new PledgeId(pledgeId) && p.CampaignId == campaign.Value.Id, cancellationToken);
            if (pledge is null) return CampaignErrors.PledgeNotFound;
        }
        if (command.CashBatchId is { } batchId)
        {
            var batch = await db.CashBatches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == new CashBatchId(batchId) && b.CampaignId == campaign.Value.Id, cancellationToken);
            if (batch is null) return Error.NotFound("fundraising.batch.not_found", "Không tìm thấy lô tiền mặt.");
            if (batch.IsClosed) return Error.Conflict("fundraising.batch.closed", "Lô tiền mặt đã được khóa: mở lô mới.");
        }
        var receipt = await desk.IssueAsync(campaign.Value, pledge, Enum.Parse<PaymentMethod>(command.Method, true), command.AmountVnd, command.PayerName ?? "",
            command.CashBatchId, null, cancellationToken);
        return receipt.IsSuccess ? ReceiptDto.From(receipt.Value) : receipt.Error!;
    }
}
