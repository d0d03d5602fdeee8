using Congress.Modules.Fundraising.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Fundraising.Application.CashBatches.CloseCashBatch;

/// <summary>Close a cash batch: only when its receipts match the declared count and total (else 409 naming the difference).</summary>
internal sealed record CloseCashBatchCommand(Guid CongressId, Guid BatchId) : ICommand<Result<CashBatchDto>>
{
    RequestAccess IAuthorisedRequest.Access => new(FundraisingRoles.Collect, AccessScope.Congress(CongressId));
}
