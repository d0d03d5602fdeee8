using Congress.Modules.Fundraising.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Fundraising.Application.Reconciliation.ReconcileFundraising;

/// <summary>
/// Đối soát: pledges without (full) receipts, receipts without a pledge, bank lines nobody resolved, cash batches left
/// open — for every campaign of the congress; the findings replace the previous run's. Returns how many were found.
/// </summary>
internal sealed record ReconcileFundraisingCommand(Guid CongressId) : ICommand<Result<int>>
{
    RequestAccess IAuthorisedRequest.Access => new(FundraisingRoles.Collect, AccessScope.Congress(CongressId));
}
