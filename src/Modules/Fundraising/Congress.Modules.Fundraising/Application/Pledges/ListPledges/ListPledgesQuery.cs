using Congress.Modules.Fundraising.Application.Access;
using Congress.Shared.Infrastructure.Messaging;
using Congress.Shared.Infrastructure.Security;
using Congress.Shared.Kernel;

namespace Congress.Modules.Fundraising.Application.Pledges.ListPledges;

internal sealed record ListPledgesQuery(Guid CongressId, Guid CampaignId) : IQuery<Result<IReadOnlyList<PledgeDto>>>
{
    RequestAccess IAuthorisedRequest.Access => new(FundraisingRoles.Books, AccessScope.Congress(CongressId));
}
