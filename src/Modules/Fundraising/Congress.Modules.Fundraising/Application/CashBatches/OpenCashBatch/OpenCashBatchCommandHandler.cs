using Congress.Modules.Fundraising.Application.Campaigns;
using Congress.Modules.Fundraising.Domain.Batches;
using Congress.Modules.Fundraising.Infrastructure.Persistence;
using Congress.Shared.Infrastructure.Time;
using Congress.Shared.Kernel;
using MediatR;

namespace Congress.Modules.Fundraising.Application.CashBatches.OpenCashBatch;

internal sealed class OpenCashBatchCommandHandler(FundraisingDbContext db, IClock clock) : IRequestHandler<OpenCashBatchCommand, Result<CashBatchDto>>
{
    public async Task<Result<CashBatchDto>> Handle(OpenCashBatchCommand command, CancellationToken cancellationToken)
    {
        var campaign = await db.FindAsync(command.CongressId, command.CampaignId, cancellationToken);
        if (campaign.IsFailure) return campaign.Error!;
        var batch = CashBatch.Open(campaign.Value, command.Label, command.ExpectedCount, command.ExpectedTotalVnd, clock.UtcNow);
        if (batch.IsFailure) return batch.Error!;
        db.CashBatches.Add(batch.Value);
        return CashBatchCounts.Dto(batch.Value, 0, 0);
    }
}
