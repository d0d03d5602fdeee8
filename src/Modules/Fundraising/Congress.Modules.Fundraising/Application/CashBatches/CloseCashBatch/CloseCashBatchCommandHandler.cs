using Congress.Modules.Fundraising.Application.Books;
using Congress.Modules.Fundraising.Domain.Batches;
using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Congress.Modules.Fundraising.Application.CashBatches.CloseCashBatch;

internal sealed class CloseCashBatchCommandHandler(FundraisingDbContext db, IClock clock) : IRequestHandler<CloseCashBatchCommand, Result<CashBatchDto>>
{
    public async Task<Result<CashBatchDto>> Handle(CloseCashBatchCommand command, CancellationToken cancellationToken)
    {
        var batch = await db.CashBatches.FirstOrDefaultAsync(b => b.Id == new CashBatchId(command.BatchId) && b.CongressId == command.CongressId, cancellationToken);
        if (batch is null) return Error.NotFound("fundraising.batch.not_found", "Không tìm thấy lô tiền mặt.");
        await CampaignLocks.ForMoneyAsync(db, batch.CampaignId, cancellationToken);
        var (count, total) = await CashBatchCounts.OfAsync(db, batch.Id, cancellationToken);
        var closed = batch.Close(count, total, clock.UtcNow);
        if (closed.IsFailure) return closed.Error!;
        return CashBatchCounts.Dto(batch, count, total);
    }
}
