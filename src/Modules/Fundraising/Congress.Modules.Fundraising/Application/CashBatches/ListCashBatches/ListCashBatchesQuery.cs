using Congress.Modules.Fundraising.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Fundraising.Application.CashBatches.ListCashBatches;

internal sealed record ListCashBatchesQuery(Guid CongressId, Guid CampaignId) : IQuery<Result<IReadOnlyList<CashBatchDto>>>
{
    RequestAccess IAuthorisedRequest.Access => new(FundraisingRoles.Books, AccessScope.Congress(CongressId));
}
