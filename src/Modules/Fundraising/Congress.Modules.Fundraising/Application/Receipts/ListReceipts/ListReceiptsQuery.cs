using Congress.Modules.Fundraising.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Fundraising.Application.Receipts.ListReceipts;

internal sealed record ListReceiptsQuery(Guid CongressId, Guid CampaignId) : IQuery<Result<IReadOnlyList<ReceiptDto>>>
{
    RequestAccess IAuthorisedRequest.Access => new(FundraisingRoles.Books, AccessScope.Congress(CongressId));
}
