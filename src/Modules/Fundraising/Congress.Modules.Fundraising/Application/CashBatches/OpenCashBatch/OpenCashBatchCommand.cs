using Congress.Modules.Fundraising.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Fundraising.Application.CashBatches.OpenCashBatch;

/// <summary>Open a cash batch declaring how many receipts and how much money it will hold.</summary>
internal sealed record OpenCashBatchCommand(Guid CongressId, Guid CampaignId, string Label, int ExpectedCount, long ExpectedTotalVnd) : ICommand<Result<CashBatchDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(FundraisingRoles.Collect, AccessScope.Congress(CongressId));
}
